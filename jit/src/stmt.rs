//! Statements.
//!
//! Loops check the stack guard on their back-edge (preemption). Variables
//! declared by a loop that escape get a fresh cell per iteration (Go 1.22):
//! a three-clause loop copies them into new cells before its post
//! statement; range loops declare theirs inside each iteration.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};
use gorun_frontend::syntax::ast::{
    AssignOp, BinaryOp, Block, BranchKind, DeclKind, Expr, ExprKind, Spec, Stmt, StmtKind,
};
use gorun_frontend::types::{BasicKind, ObjId, Type, TypeId};
use smallvec::smallvec;

use crate::expr::Place;
use crate::func::{FnCx, Target, Val, trusted};

impl<'a, 'p> FnCx<'a, 'p> {
    /// Compiles a loop's body, whose `break` goes to `brk` and `continue`
    /// to `cont`, then goes on at `cont` (sealed: every `continue` has
    /// been compiled).
    pub fn loop_body(
        &mut self,
        body: &'p Block,
        label: Option<gorun_frontend::name::Name>,
        brk: cranelift_codegen::ir::Block,
        cont: cranelift_codegen::ir::Block,
    ) {
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block(body);
        self.targets.pop();
        self.jump(cont);
        self.switch_to(cont);
        self.b.seal_block(cont);
    }

    pub fn block(&mut self, b: &'p Block) {
        for s in &b.stmts {
            self.stmt(s, None);
        }
    }

    /// Compiles a statement; `label` is the label it carries, if any.
    pub fn stmt(&mut self, s: &'p Stmt, label: Option<gorun_frontend::name::Name>) {
        self.ensure_open();
        self.set_pos(s.span.lo);
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Labeled { label: l, stmt } => {
                let blk = self.label_block(l.name);
                self.jump(blk);
                self.switch_to(blk);
                self.stmt(stmt, Some(l.name));
            }
            StmtKind::Expr(e) => {
                if let ExprKind::Unary {
                    op: gorun_frontend::syntax::ast::UnaryOp::Recv,
                    x,
                } = &e.unparen().kind
                {
                    self.recv(x, false);
                } else {
                    let _ = self.expr(e);
                }
            }
            StmtKind::Send { chan, value, .. } => self.send(chan, value),
            StmtKind::IncDec { x, inc, .. } => {
                let t = self.type_of(x);
                // `m[k]++`: one mapassign, the element updated in place.
                let place = self.place(x);
                let place = self.settle_place(place);
                let place = self.map_update_place(place);
                let cur = self.read_place(&place, t);
                let one = self.one_of(t);
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                let nv = self.arith(op, cur, one, t);
                self.assign_place(&place, &nv);
            }
            StmtKind::Assign { lhs, op, rhs, .. } => self.assign(lhs, *op, rhs),
            StmtKind::Go(call) => self.go_stmt(call),
            StmtKind::Defer(call) => self.defer_stmt(call),
            StmtKind::Return(results) => self.return_stmt(results),
            StmtKind::Branch { kind, label: l } => {
                self.branch_stmt(*kind, l.as_ref().map(|i| i.name))
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                let c = self.expr(cond).v();
                let tb = self.b.create_block();
                let eb = self.b.create_block();
                let done = self.b.create_block();
                self.branch(c, tb, eb);
                self.switch_to(tb);
                self.b.seal_block(tb);
                self.block(then);
                self.jump(done);
                self.switch_to(eb);
                self.b.seal_block(eb);
                if let Some(e) = els {
                    self.stmt(e, None);
                }
                self.jump(done);
                self.switch_to(done);
                self.b.seal_block(done);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init, cond, post, body, label),
            StmtKind::Range { x, body, .. } if self.is_func_type(x) => {
                self.range_func(s, x, body, label)
            }
            StmtKind::Range {
                key,
                value,
                tok,
                x,
                body,
                ..
            } => self.range_stmt(key, value, tok.is_some(), x, body, label),
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch_stmt(init, tag, clauses, label),
            StmtKind::TypeSwitch {
                init,
                bind,
                guard,
                clauses,
                ..
            } => self.type_switch(init, bind.as_ref(), guard, clauses, label),
            StmtKind::Select { clauses, .. } => self.select_stmt(clauses, label),
        }
    }

    fn decl(&mut self, d: &'p gorun_frontend::syntax::ast::GenDecl) {
        if d.kind != DeclKind::Var {
            return; // constants and types have no code
        }
        for spec in &d.specs {
            let Spec::Value(v) = spec else { continue };
            let objs: Vec<Option<ObjId>> = v
                .names
                .iter()
                .map(|n| self.p.info.defs.get(&n.id).copied())
                .collect();
            if v.values.is_empty() {
                for o in objs.into_iter().flatten() {
                    let t = self.obj_type(o);
                    self.declare_local(o, t, None);
                }
                continue;
            }
            let vals = self.rhs_values(
                &v.values,
                objs.len(),
                &objs
                    .iter()
                    .map(|o| o.map(|o| self.obj_type(o)))
                    .collect::<Vec<_>>(),
            );
            for (o, val) in objs.into_iter().zip(vals) {
                if let Some(o) = o {
                    let t = self.obj_type(o);
                    self.declare_local(o, t, Some(val));
                }
            }
        }
    }

    /// The values of right-hand sides for `n` targets of types `ts` (None
    /// for blank): n:n, or n:1 from a multi-valued call, comma-ok forms.
    pub fn rhs_values(&mut self, rhs: &'p [Expr], n: usize, ts: &[Option<TypeId>]) -> Vec<Val> {
        if rhs.len() == n {
            // Evaluate all first (parallel assignment semantics), copying
            // values that live in memory.
            let mut out = Vec::new();
            for (i, e) in rhs.iter().enumerate() {
                let v = match ts.get(i).copied().flatten() {
                    Some(t) => {
                        let v = self.expr_to(e, t);
                        self.copy_val(v, t)
                    }
                    None => self.expr(e),
                };
                out.push(v);
            }
            return out;
        }
        // One expression, several values.
        let e = rhs[0].unparen();
        match &e.kind {
            ExprKind::Call { .. } => {
                let rtypes: Vec<TypeId> = match self.tv(rhs[0].id) {
                    Some(tv) => self
                        .p
                        .tuple(tv.typ)
                        .iter()
                        .map(|&v| self.obj_type(v))
                        .collect(),
                    None => Vec::new(),
                };
                let vals = self.call(e);
                vals.into_iter()
                    .enumerate()
                    .map(
                        |(i, v)| match (ts.get(i).copied().flatten(), rtypes.get(i)) {
                            (Some(t), Some(&rt)) => self.convert_assign(v, rt, t),
                            _ => v,
                        },
                    )
                    .collect()
            }
            // The checker records a comma-ok expression's type as the
            // tuple (T, bool): each form converts from its own value type
            // (the asserted type, the channel's or the map's element) to
            // the targets' types (`var v any; v, ok = x.(int)` boxes).
            ExprKind::TypeAssert { .. } => {
                let vt = self.result_type_of_assert(e);
                let (v, ok) = self.type_assert(e, true);
                self.comma_ok_vals(v, vt, ok, ts)
            }
            ExprKind::Unary {
                op: gorun_frontend::syntax::ast::UnaryOp::Recv,
                x,
            } => {
                let et = self.chan_elem(self.type_of(x));
                let (v, ok) = self.recv(x, true);
                self.comma_ok_vals(v, et, ok, ts)
            }
            ExprKind::Index { x, indices, .. } if self.is_map_expr(x) => {
                let (v, ok) = self.map_index_ok(x, &indices[0]);
                let (_, et) = crate::maps::map_kv(self.p, self.type_of(x));
                self.comma_ok_vals(v, et, ok, ts)
            }
            _ => {
                self.unsupported(e, "comma-ok form");
                ts.iter()
                    .map(|t| t.map(|t| self.zero(t)).unwrap_or(Val::Regs(smallvec![])))
                    .collect()
            }
        }
    }

    /// A comma-ok form's value (of type `vt`) and flag, converted to the
    /// targets' types `ts` (None: blank or untyped, left as is).
    fn comma_ok_vals(&mut self, v: Val, vt: TypeId, ok: Value, ts: &[Option<TypeId>]) -> Vec<Val> {
        let v = match ts.first().copied().flatten() {
            Some(t) => self.convert_assign(v, vt, t),
            None => v,
        };
        let ok = match ts.get(1).copied().flatten() {
            Some(t) => {
                let bt = self.p.universe.basic(BasicKind::Bool);
                self.convert_assign(Val::one(ok), bt, t)
            }
            None => Val::one(ok),
        };
        vec![v, ok]
    }

    fn read_place(&mut self, place: &Place, t: TypeId) -> Val {
        match place {
            Place::Var(o) => self.read_var(*o),
            Place::Part(vars, _) => Val::Regs(vars.iter().map(|&v| self.b.use_var(v)).collect()),
            Place::Addr(a, t) => self.load(*a, *t),
            Place::Elem { .. } => {
                let settled = self.settle_place(place.clone());
                self.read_place(&settled, t)
            }
            Place::MapElem { m, key, map } => self.map_load(*m, key, *map),
            Place::Blank => self.zero(t),
        }
    }

    fn one_of(&mut self, t: TypeId) -> Val {
        let v = gorun_frontend::constant::Value::make_int64(1);
        let v = if self.p.is_float(t) || self.p.is_complex(t) {
            v.to_float()
        } else {
            v
        };
        self.const_val(t, &v)
    }

    fn assign(&mut self, lhs: &'p [Expr], op: AssignOp, rhs: &'p [Expr]) {
        match op {
            AssignOp::Op(bop) => {
                let t = self.type_of(&lhs[0]);
                // The place's operands, then the right-hand side, then
                // the current value: gc evaluates the calls of `x op= f()`
                // before reading x, so f's writes to x (or to m[k]) count.
                let place = self.place(&lhs[0]);
                let shift = matches!(bop, BinaryOp::Shl | BinaryOp::Shr);
                let (rv, st) = if shift {
                    let (c, ct) = self.shift_count(&rhs[0]);
                    (Val::one(c), ct)
                } else {
                    (self.expr_to(&rhs[0], t), t)
                };
                // The element's bounds are checked once, after the
                // right-hand side.
                let place = self.settle_place(place);
                // `m[k] op= r` updates the element in place after one
                // mapassign, as gc's walk does, except for / and %: a
                // division by zero must panic before the key is inserted.
                let place = if matches!(bop, BinaryOp::Div | BinaryOp::Rem) {
                    place
                } else {
                    self.map_update_place(place)
                };
                let cur = self.read_place(&place, t);
                let r = if shift {
                    Val::one(self.shift(bop, cur.v(), t, rv.v(), st))
                } else {
                    self.arith(bop, cur, rv, t)
                };
                self.assign_place(&place, &r);
            }
            AssignOp::Define => {
                // New variables are declared; others are assigned.
                let ts: Vec<Option<TypeId>> = lhs
                    .iter()
                    .map(|e| {
                        if e.as_ident().is_some_and(|n| n.is_blank()) {
                            return None;
                        }
                        let o = self
                            .p
                            .info
                            .defs
                            .get(&e.id)
                            .or(self.p.info.uses.get(&e.id))
                            .copied();
                        o.map(|o| self.var_type(o))
                    })
                    .collect();
                let vals = self.rhs_values(rhs, lhs.len(), &ts);
                for (e, v) in lhs.iter().zip(vals) {
                    if e.as_ident().is_some_and(|n| n.is_blank()) {
                        continue;
                    }
                    if let Some(&o) = self.p.info.defs.get(&e.id) {
                        let t = self.obj_type(o);
                        self.declare_local(o, t, Some(v));
                    } else if let Some(&o) = self.p.info.uses.get(&e.id) {
                        self.write_var(o, &v);
                    }
                }
            }
            AssignOp::Assign => {
                // Places first (their operands are evaluated left to
                // right), then values, then the stores.
                let places: Vec<Place> = lhs.iter().map(|e| self.place(e)).collect();
                let ts: Vec<Option<TypeId>> = places.iter().map(|p| self.place_type(p)).collect();
                let vals = self.rhs_values(rhs, lhs.len(), &ts);
                for (p, v) in places.iter().zip(vals.iter()) {
                    self.assign_place(p, v);
                }
            }
        }
    }

    /// Whether `x`'s type is a function type (a range-over-func operand).
    fn is_func_type(&self, x: &Expr) -> bool {
        let t = self.type_of(x);
        matches!(self.p.ty(self.p.under(t)), Type::Signature(_))
    }

    pub(crate) fn return_stmt(&mut self, results: &'p [Expr]) {
        if self.rf.is_some() {
            return self.rf_return(results);
        }
        if !results.is_empty() {
            let rtypes: Vec<Option<TypeId>> =
                self.abi.results.iter().map(|(t, _)| Some(*t)).collect();
            let vals = self.rhs_values(results, rtypes.len(), &rtypes);
            let vars = self.result_vars.clone();
            for (o, v) in vars.iter().zip(vals.iter()) {
                self.write_var(*o, v);
            }
        }
        let rb = self.ret_block;
        self.jump(rb);
    }

    /// The block a label names (goto and labeled statements).
    pub fn label_block(
        &mut self,
        name: gorun_frontend::name::Name,
    ) -> cranelift_codegen::ir::Block {
        if let Some(&b) = self.labels.get(&name) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(name, b);
        b
    }

    pub(crate) fn branch_stmt(
        &mut self,
        kind: BranchKind,
        label: Option<gorun_frontend::name::Name>,
    ) {
        use crate::rangefunc::Exit;
        match kind {
            BranchKind::Goto => {
                if let Some(l) = label {
                    // Out of a range-over-func body: through its loop.
                    if self.rf_exit(Exit::Goto(l)) {
                        return;
                    }
                    let b = self.label_block(l);
                    self.jump(b);
                }
            }
            BranchKind::Fallthrough => {
                if let Some(b) = self.fallthrough {
                    self.jump(b);
                }
            }
            BranchKind::Break | BranchKind::Continue => {
                let t = self.targets.iter().rev().find(|t| match label {
                    Some(l) => t.label == Some(l),
                    None => kind == BranchKind::Break || t.cont.is_some(),
                });
                let blk = match (t, kind) {
                    (Some(t), BranchKind::Break) => Some(t.brk),
                    (Some(t), _) => t.cont,
                    (None, _) => {
                        // A labeled statement around a range-over-func
                        // body's loop: through the loop.
                        if let Some(l) = label {
                            let exit = match kind {
                                BranchKind::Break => Exit::Break(l),
                                _ => Exit::Continue(l),
                            };
                            self.rf_exit(exit);
                        }
                        None
                    }
                };
                if let Some(b) = blk {
                    self.jump(b);
                }
            }
        }
    }

    /// Variables a statement declares with `:=`.
    fn defined_vars(&self, s: &Stmt) -> Vec<ObjId> {
        let mut out = Vec::new();
        if let StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            ..
        } = &s.kind
        {
            for e in lhs {
                if let Some(&o) = self.p.info.defs.get(&e.id) {
                    out.push(o);
                }
            }
        }
        out
    }

    fn for_stmt(
        &mut self,
        init: &'p Option<Box<Stmt>>,
        cond: &'p Option<Expr>,
        post: &'p Option<Box<Stmt>>,
        body: &'p Block,
        label: Option<gorun_frontend::name::Name>,
    ) {
        if let Some(i) = init {
            self.stmt(i, None);
        }
        let loop_vars: Vec<ObjId> = init
            .as_ref()
            .map(|s| self.defined_vars(s))
            .unwrap_or_default()
            .into_iter()
            .filter(|o| self.esc.heap.contains(o))
            .collect();
        let header = self.b.create_block();
        let bodyb = self.b.create_block();
        let contb = self.b.create_block();
        let exit = self.b.create_block();
        self.jump(header);
        self.switch_to(header);
        match cond {
            Some(c) => {
                let cv = self.expr(c).v();
                self.branch(cv, bodyb, exit);
            }
            None => self.jump(bodyb),
        }
        self.switch_to(bodyb);
        self.b.seal_block(bodyb);
        self.loop_body(body, label, exit, contb);
        for &o in &loop_vars {
            self.renew_cell(o);
        }
        if let Some(p) = post {
            self.stmt(p, None);
        }
        self.backedge_check(header);
        self.b.seal_block(header);
        self.switch_to(exit);
        self.b.seal_block(exit);
    }

    fn range_stmt(
        &mut self,
        key: &'p Option<Expr>,
        value: &'p Option<Expr>,
        define: bool,
        x: &'p Expr,
        body: &'p Block,
        label: Option<gorun_frontend::name::Name>,
    ) {
        let xt = self.type_of(x);
        let u = self.p.under(xt);
        // Range over a channel has its own loop.
        if let Type::Chan { elem, .. } = self.p.ty(u).clone() {
            return self.range_chan(key, define, x, elem, body, label);
        }
        if let Type::Map { .. } = self.p.ty(u) {
            return self.range_map(key, value, define, x, body, label);
        }
        // Whether the loop reads the elements: a value variable other than
        // the blank identifier (gc drops a blank one).
        let value_used = value
            .as_ref()
            .is_some_and(|v| !matches!(v.unparen().kind, ExprKind::Ident(n) if n.is_blank()));
        // The length, and how to get the i-th element.
        enum Src {
            Int,
            Str(Value, Value),
            Slice(Value, TypeId),
            Array(Value, TypeId),
        }
        let (len, src, key_t) = match self.p.ty(u).clone() {
            Type::Basic(b) if b.kind.info() & gorun_frontend::types::info::INTEGER != 0 => {
                let n = self.expr(x).v();
                let n64 = self.widen(n, xt);
                (n64, Src::Int, xt)
            }
            Type::Basic(_) => {
                let s = self.expr(x);
                (
                    s.regs()[1],
                    Src::Str(s.regs()[0], s.regs()[1]),
                    self.p.universe.basic(BasicKind::Int),
                )
            }
            Type::Slice(et) => {
                let s = self.expr(x);
                (
                    s.regs()[1],
                    Src::Slice(s.regs()[0], et),
                    self.p.universe.basic(BasicKind::Int),
                )
            }
            Type::Array { len, elem } => {
                // The array is evaluated once, and copied if its values
                // are used. (When it need not be evaluated, the checker
                // recorded the range expression as the constant length,
                // an integer, and the loop is a range over that.)
                let v = self.expr(x);
                let base = if value_used {
                    let v = self.copy_val(v, xt);
                    self.spill(v, xt)
                } else {
                    self.b.ins().iconst(types::I64, 0)
                };
                (
                    self.b.ins().iconst(types::I64, len),
                    Src::Array(base, elem),
                    self.p.universe.basic(BasicKind::Int),
                )
            }
            Type::Pointer(pt) => {
                let (len, elem) = match self.p.ty(self.p.under(pt)) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, pt),
                };
                let base = self.expr(x).v();
                // The elements are read through the pointer only when the
                // value is used, and then a nil pointer panics before the
                // loop, whatever the length (as gc's range does); an
                // index-only loop over a nil pointer runs len times.
                if value_used {
                    self.nil_check(base);
                }
                (
                    self.b.ins().iconst(types::I64, len),
                    Src::Array(base, elem),
                    self.p.universe.basic(BasicKind::Int),
                )
            }
            _ => {
                self.unsupported(x, "range over this operand");
                return;
            }
        };
        let is_str = matches!(src, Src::Str(..));
        // The loop counter: byte offset for strings, index otherwise.
        let i_var = self.b.declare_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(i_var, zero);
        let next_var = self.b.declare_var(types::I64);
        self.b.def_var(next_var, zero);
        let header = self.b.create_block();
        let bodyb = self.b.create_block();
        let contb = self.b.create_block();
        let exit = self.b.create_block();
        self.jump(header);
        self.switch_to(header);
        let i = self.b.use_var(i_var);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
        self.branch(more, bodyb, exit);
        self.switch_to(bodyb);
        self.b.seal_block(bodyb);
        // This iteration's key and value.
        let i = self.b.use_var(i_var);
        let (kval, vval): (Val, Option<Val>) = match &src {
            Src::Int => {
                let kty = self.cl_type(key_t);
                let k = if self.b.func.dfg.value_type(i) != kty {
                    self.b.ins().ireduce(kty, i)
                } else {
                    i
                };
                (Val::one(k), None)
            }
            Src::Str(p, l) => {
                // ASCII inline, as gc does; decoderune for the rest.
                let a = self.b.ins().iadd(*p, i);
                let c = self.b.ins().load(types::I8, trusted(), a, 0);
                let ascii = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, c, 0x80);
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                let done = self.b.create_block();
                let rv = self.b.append_block_param(done, types::I32);
                let nv = self.b.append_block_param(done, types::I64);
                self.branch(ascii, fast, slow);
                self.switch_to(fast);
                self.b.seal_block(fast);
                let r1 = self.b.ins().uextend(types::I32, c);
                let n1 = self.b.ins().iadd_imm_s(i, 1);
                self.b.ins().jump(done, &[r1.into(), n1.into()]);
                self.filled = true;
                self.switch_to(slow);
                self.b.seal_block(slow);
                let res = self.call_rt("gorun_decoderune", &[self.g, *p, *l, i]);
                let r2 = self.b.ins().ireduce(types::I32, res[0]);
                self.b.ins().jump(done, &[r2.into(), res[1].into()]);
                self.filled = true;
                self.switch_to(done);
                self.b.seal_block(done);
                self.b.def_var(next_var, nv);
                (Val::one(i), Some(Val::one(rv)))
            }
            Src::Slice(p, et) | Src::Array(p, et) => {
                let v = if value_used {
                    let a = self.elem_addr(*p, i, *et);
                    Some(self.load(a, *et))
                } else {
                    None
                };
                (Val::one(i), v)
            }
        };
        if !is_str {
            let one = self.b.ins().iadd_imm_s(i, 1);
            self.b.def_var(next_var, one);
        }
        self.bind_range_var(key.as_ref(), define, kval);
        if let (Some(vv), Some(ve)) = (vval, value) {
            self.bind_range_var(Some(ve), define, vv);
        }
        self.loop_body(body, label, exit, contb);
        let nk = self.b.use_var(next_var);
        self.b.def_var(i_var, nk);
        self.backedge_check(header);
        self.b.seal_block(header);
        self.switch_to(exit);
        self.b.seal_block(exit);
    }

    fn cl_type(&self, t: TypeId) -> cranelift_codegen::ir::Type {
        match self.repr(t) {
            crate::layout::Repr::Regs(c) if c.len() == 1 => c[0].ty,
            _ => types::I64,
        }
    }

    /// Binds a range iteration value to its variable (declared per
    /// iteration with `:=`, assigned with `=`).
    pub fn bind_range_var(&mut self, e: Option<&'p Expr>, define: bool, v: Val) {
        let Some(e) = e else { return };
        if e.as_ident().is_some_and(|n| n.is_blank()) {
            return;
        }
        if define && let Some(&o) = self.p.info.defs.get(&e.id) {
            let t = self.obj_type(o);
            self.declare_local(o, t, Some(v));
            return;
        }
        let place = self.place(e);
        if let Some(t) = self.place_type(&place) {
            let et = self.type_of(e);
            let v = self.convert_assign(v, et, t);
            self.assign_place(&place, &v);
        }
    }

    fn switch_stmt(
        &mut self,
        init: &'p Option<Box<Stmt>>,
        tag: &'p Option<Expr>,
        clauses: &'p [gorun_frontend::syntax::ast::CaseClause],
        label: Option<gorun_frontend::name::Name>,
    ) {
        if let Some(i) = init {
            self.stmt(i, None);
        }
        let tag_t = tag.as_ref().map(|t| self.type_of(t));
        let tagv = tag.as_ref().map(|t| {
            let v = self.expr(t);
            let tt = self.type_of(t);
            self.copy_val(v, tt)
        });
        let exit = self.b.create_block();
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        let default = clauses.iter().position(|c| c.list.is_none());
        // Tests in source order, the default last.
        for (ci, c) in clauses.iter().enumerate() {
            let Some(list) = &c.list else { continue };
            for e in list {
                let hit = match (&tagv, tag_t) {
                    (Some(tv), Some(tt)) => {
                        let et = self.type_of(e);
                        let ct = if self.p.is_interface(tt) { tt } else { et };
                        let ev = self.expr(e);
                        let ev = self.convert_assign(ev, et, ct);
                        let tv2 = self.convert_assign(tv.clone(), tt, ct);
                        self.compare_vals(BinaryOp::Eq, tv2, ev, ct)
                    }
                    _ => self.expr(e).v(),
                };
                let next = self.b.create_block();
                self.branch(hit, bodies[ci], next);
                self.switch_to(next);
                self.b.seal_block(next);
            }
        }
        match default {
            Some(d) => self.jump(bodies[d]),
            None => self.jump(exit),
        }
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (ci, c) in clauses.iter().enumerate() {
            self.switch_to(bodies[ci]);
            let saved = self.fallthrough.take();
            self.fallthrough = bodies.get(ci + 1).copied();
            for s in &c.body {
                self.stmt(s, None);
            }
            self.fallthrough = saved;
            self.jump(exit);
        }
        self.targets.pop();
        for b in bodies {
            self.b.seal_block(b);
        }
        self.switch_to(exit);
        self.b.seal_block(exit);
    }

    /// `switch [v :=] x.(type) { case T1, T2: … }`: cases tested in
    /// source order against x's dynamic type; in a clause naming one type,
    /// v has that type, else x's.
    fn type_switch(
        &mut self,
        init: &'p Option<Box<Stmt>>,
        bind: Option<&'p gorun_frontend::syntax::ast::Ident>,
        guard: &'p Expr,
        clauses: &'p [gorun_frontend::syntax::ast::CaseClause],
        label: Option<gorun_frontend::name::Name>,
    ) {
        if let Some(i) = init {
            self.stmt(i, None);
        }
        let gx = match &guard.kind {
            ExprKind::TypeAssert { x, .. } => &**x,
            _ => guard,
        };
        let xt = self.type_of(gx);
        let xv = self.expr(gx);
        let xv = self.copy_val(xv, xt);
        let (tab, data) = (xv.regs()[0], xv.regs()[1]);
        let dynt = self.dyn_type(tab, xt);
        let exit = self.b.create_block();
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        let default = clauses.iter().position(|c| c.list.is_none());
        for (ci, c) in clauses.iter().enumerate() {
            let Some(list) = &c.list else { continue };
            for e in list {
                let hit = match self.case_type(e) {
                    None => self.b.ins().icmp_imm_s(IntCC::Equal, dynt, 0),
                    Some(t) if self.is_empty_iface(t) => {
                        self.b.ins().icmp_imm_s(IntCC::NotEqual, dynt, 0)
                    }
                    Some(t) if self.p.is_interface(t) => {
                        let it = self.rtype_addr(t);
                        let r = self.call_rt("gorun_getitab", &[self.g, it, dynt])[0];
                        self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0)
                    }
                    Some(t) => {
                        let want = self.rtype_addr(t);
                        self.b.ins().icmp(IntCC::Equal, dynt, want)
                    }
                };
                let next = self.b.create_block();
                self.branch(hit, bodies[ci], next);
                self.switch_to(next);
                self.b.seal_block(next);
            }
        }
        match default {
            Some(d) => self.jump(bodies[d]),
            None => self.jump(exit),
        }
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (ci, c) in clauses.iter().enumerate() {
            self.switch_to(bodies[ci]);
            self.b.seal_block(bodies[ci]);
            if bind.is_some()
                && let Some(&obj) = self.p.info.implicits.get(&c.id)
            {
                let single = match c.list.as_deref() {
                    Some([e]) => self.case_type(e),
                    _ => None,
                };
                let v = match single {
                    Some(t) if self.is_empty_iface(t) => Val::Regs(smallvec![dynt, data]),
                    Some(t) if self.p.is_interface(t) => {
                        let it = self.rtype_addr(t);
                        let r = self.call_rt("gorun_getitab", &[self.g, it, dynt])[0];
                        Val::Regs(smallvec![r, data])
                    }
                    Some(t) => self.unbox(data, t),
                    None => xv.clone(),
                };
                let t = self.obj_type(obj);
                self.declare_local(obj, t, Some(v));
            }
            for s in &c.body {
                self.stmt(s, None);
            }
            self.jump(exit);
        }
        self.targets.pop();
        self.switch_to(exit);
        self.b.seal_block(exit);
    }

    /// The type a type switch case names, None for `nil`.
    fn case_type(&self, e: &Expr) -> Option<TypeId> {
        let tv = self.tv(e.id)?;
        if tv.mode == gorun_frontend::types::Mode::NilValue
            || self.p.basic_kind(tv.typ) == Some(gorun_frontend::types::BasicKind::UntypedNil)
        {
            return None;
        }
        Some(tv.typ)
    }

    #[allow(dead_code)]
    fn unused_str(&self) -> Val {
        Val::Regs(smallvec![])
    }

    #[allow(dead_code)]
    fn _t(&self, _: &Expr) -> Option<TypeId> {
        None
    }
}
