//! Range over functions (Go 1.23 iterators), as cmd/compile's rangefunc
//! rewrite does it:
//!
//! ```text
//! for k, v := range seq { body }   ⇒   state := RF_READY
//!                                      seq(func(k K, v V) bool {
//!                                          if state != RF_READY { panicrangestate(state) }
//!                                          state = RF_PANIC
//!                                          body
//!                                          state = RF_READY; return true   // continue
//!                                      })
//!                                      if state == RF_PANIC { panicrangestate(RF_MISSING_PANIC) }
//!                                      state = RF_EXHAUSTED
//!                                      switch exit { … }                   // non-local exits
//! ```
//!
//! The body is compiled as a function of its own (`main.f-range1`) whose
//! closure record is `{code, captured cells…, state cell}`; escape.rs
//! treats the body as a function literal, so what it uses of the
//! enclosing function lives in cells. `break` makes it return false after
//! setting `RF_DONE`; `continue` returns true. A `return`, a labeled
//! `break`/`continue` of an enclosing statement or a `goto` out of the body
//! stores the exit's code (its index + 1 in [`RangeInfo::exits`]) in the
//! state cell's second word and returns false; after the iterator returns,
//! the loop performs that exit as a statement of its own function (which,
//! in an enclosing range-over-func body, exits that body the same way).
//! A `return` with results stores them in the enclosing function's result
//! variables (captured cells) first.
//!
//! Invariant: the state cell is `{state, exit code, defer head}`; the exit
//! code is written only together with `RF_DONE`, so a loop that ends
//! normally (or by `break`) finds it 0.
//!
//! `defer` in a body (or in a body nested in it) defers to the function
//! around the outermost loop, as Go's rewrite does with
//! `runtime.deferrangefunc`/`deferprocat`: that loop makes a head record in
//! its function's place in the defer chain (`gorun_deferrangefunc`) and
//! stores it in the state cell; nested loops copy it from their own body's
//! cell; the body's defers go on the head's list (`gorun_deferprocat`).

use std::rc::Rc;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, TrapCode, Value, types};
use gorun_frontend::name::Name;
use gorun_frontend::syntax::ast::{AssignOp, Block, BranchKind, Expr, Stmt, StmtKind};
use gorun_frontend::types::{ObjId, TypeId};
use gorun_runtime::panic::rangefunc::{
    RF_DONE, RF_EXHAUSTED, RF_MISSING_PANIC, RF_PANIC, RF_READY,
};

use cranelift_module::Module;

use crate::abi::FnAbi;
use crate::func::{FnCx, Local, Val, trusted};
use crate::unit::Work;

/// A way out of a range-over-func body other than ending an iteration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    Return,
    Break(Name),
    Continue(Name),
    Goto(Name),
}

/// What a range-over-func body's function needs from the loop.
#[derive(Debug)]
pub struct RangeInfo {
    /// The captured variables, in closure-record order, with their types.
    pub caps: Vec<(ObjId, TypeId)>,
    /// The loop's own label (`break L`/`continue L` in the body are local).
    pub label: Option<Name>,
    /// The non-local exits the body may take; exit code = index + 1.
    pub exits: Vec<Exit>,
    /// The result variables of the function the loop is in (through
    /// enclosing bodies: the real function's), for `return x`.
    pub results: Vec<(ObjId, TypeId)>,
    /// The yield function's type.
    pub yield_t: TypeId,
}

/// The non-local exits of a body: returns, and labeled branches to labels
/// it does not define (the loop's own label is local to break/continue).
fn scan_exits(body: &Block, own: Option<Name>) -> Vec<Exit> {
    fn walk(s: &Stmt, defined: &mut Vec<Name>, uses: &mut Vec<Exit>) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                defined.push(label.name);
                walk(stmt, defined, uses);
            }
            StmtKind::Return(_) => uses.push(Exit::Return),
            StmtKind::Branch {
                kind,
                label: Some(l),
            } => uses.push(match kind {
                BranchKind::Break => Exit::Break(l.name),
                BranchKind::Continue => Exit::Continue(l.name),
                _ => Exit::Goto(l.name),
            }),
            StmtKind::Block(b) => b.stmts.iter().for_each(|s| walk(s, defined, uses)),
            StmtKind::If { then, els, .. } => {
                then.stmts.iter().for_each(|s| walk(s, defined, uses));
                if let Some(e) = els {
                    walk(e, defined, uses);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                body.stmts.iter().for_each(|s| walk(s, defined, uses))
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    c.body.iter().for_each(|s| walk(s, defined, uses));
                }
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    c.body.iter().for_each(|s| walk(s, defined, uses));
                }
            }
            _ => {}
        }
    }
    let mut defined = Vec::new();
    let mut uses = Vec::new();
    body.stmts
        .iter()
        .for_each(|s| walk(s, &mut defined, &mut uses));
    let mut out: Vec<Exit> = Vec::new();
    for u in uses {
        let local = match &u {
            Exit::Return => false,
            Exit::Break(l) | Exit::Continue(l) => defined.contains(l) || Some(*l) == own,
            Exit::Goto(l) => defined.contains(l),
        };
        if !local && !out.contains(&u) {
            out.push(u);
        }
    }
    out
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// The result variables a `return` in this function sets: its own, or
    /// in a range-over-func body, those of the function around the loop.
    fn real_results(&self) -> Vec<(ObjId, TypeId)> {
        match &self.rf {
            Some(rf) => rf.results.clone(),
            None => self
                .result_vars
                .iter()
                .zip(self.abi.results.iter())
                .map(|(&o, (t, _))| (o, *t))
                .collect(),
        }
    }

    /// `for key, value := range x` over a function `x` (the loop side).
    pub fn range_func(&mut self, s: &'p Stmt, x: &'p Expr, body: &'p Block, label: Option<Name>) {
        let xt = self.type_of(x);
        let yield_t = match self.p.signature(self.p.under(xt)) {
            Some(sig) => match self.p.tuple(sig.params).first() {
                Some(&v) => self.p.obj_type(v),
                None => return self.unsupported(x, "range over this function"),
            },
            None => return self.unsupported(x, "range over this function"),
        };
        let f = self.expr(x).v();
        let caps: Vec<(ObjId, TypeId)> = self
            .esc
            .captures
            .get(&s.id)
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .map(|o| (o, self.var_type(o)))
            .collect();
        let info = Rc::new(RangeInfo {
            caps: caps.clone(),
            label,
            exits: scan_exits(body, label),
            results: self.real_results(),
            yield_t,
        });
        let name = self.u.next_range_name(&self.name);
        let abi = FnAbi::of_signature(self.p, yield_t, false);
        let id = self
            .u
            .declare(&name, cranelift_module::Linkage::Local, &abi.sig);
        self.u.queue.push_back((
            id,
            Work::RangeBody {
                stmt: s,
                name,
                esc: self.esc.clone(),
                inst: self.inst_obj,
                info: info.clone(),
            },
        ));
        // The state cell, then the body's closure record.
        let cell = self.alloc_words(24);
        let ready = self.b.ins().iconst(types::I64, RF_READY as i64);
        self.b.ins().store(trusted(), ready, cell, 0);
        if self.esc.range_defers.contains(&s.id) {
            let head = if self.rf.is_some() {
                self.rf_defer_head()
            } else {
                let fp = self.b.ins().get_frame_pointer(types::I64);
                let entry = self.self_addr();
                self.call_rt("gorun_deferrangefunc", &[self.g, fp, entry])[0]
            };
            self.b.ins().store(trusted(), head, cell, 16);
        }
        let ncaps = caps.len() as i32;
        let rec = self.alloc_words(8 * (2 + ncaps as i64));
        let fref = self.u.module.declare_func_in_func(id, self.b.func);
        let code = self.b.ins().func_addr(types::I64, fref);
        self.b.ins().store(trusted(), code, rec, 0);
        for (i, &(c, _)) in caps.iter().enumerate() {
            let a = self
                .var_addr(c)
                .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
            self.b.ins().store(trusted(), a, rec, 8 * (1 + i as i32));
        }
        self.b.ins().store(trusted(), cell, rec, 8 * (1 + ncaps));
        self.call_value(f, &[yield_t], vec![Val::one(rec)], &[]);
        // The iterator returned: it must not have swallowed a body's panic.
        let st = self.b.ins().load(types::I64, trusted(), cell, 0);
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, st, RF_PANIC as i64);
        self.panic_if(bad, "gorun_panicrangestate", |cx| {
            vec![cx.b.ins().iconst(types::I64, RF_MISSING_PANIC as i64)]
        });
        let ex = self.b.ins().iconst(types::I64, RF_EXHAUSTED as i64);
        self.b.ins().store(trusted(), ex, cell, 0);
        if info.exits.is_empty() {
            return;
        }
        // The exit the body took, if any.
        let code = self.b.ins().load(types::I64, trusted(), cell, 8);
        let done = self.b.create_block();
        for (i, exit) in info.exits.iter().enumerate() {
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, code, 1 + i as i64);
            let yes = self.b.create_block();
            let next = self.b.create_block();
            self.branch(hit, yes, next);
            self.switch_to(yes);
            self.b.seal_block(yes);
            match exit {
                Exit::Return => self.return_stmt(&[]),
                Exit::Break(l) => self.branch_stmt(BranchKind::Break, Some(*l)),
                Exit::Continue(l) => self.branch_stmt(BranchKind::Continue, Some(*l)),
                Exit::Goto(l) => self.branch_stmt(BranchKind::Goto, Some(*l)),
            }
            self.jump(done);
            self.switch_to(next);
            self.b.seal_block(next);
        }
        self.jump(done);
        self.switch_to(done);
        self.b.seal_block(done);
    }

    /// The state cell of the range-over-func body being compiled.
    fn rf_cell(&mut self) -> Value {
        let n = self.rf.as_ref().map_or(0, |rf| rf.caps.len()) as i32;
        self.b
            .ins()
            .load(types::I64, trusted(), self.ctx, 8 * (1 + n))
    }

    /// The defer head of the loop whose body is being compiled (set only
    /// when the body defers, see the module doc).
    pub fn rf_defer_head(&mut self) -> Value {
        let cell = self.rf_cell();
        self.b.ins().load(types::I64, trusted(), cell, 16)
    }

    /// Ends this body's iteration: `state = st; return more`.
    fn rf_end(&mut self, st: u64, more: bool) {
        let cell = self.rf_cell();
        let v = self.b.ins().iconst(types::I64, st as i64);
        self.b.ins().store(trusted(), v, cell, 0);
        let r = self.b.ins().iconst(types::I8, more as i64);
        self.return_words(vec![r]);
        self.filled = true;
    }

    /// Takes non-local exit `exit` out of this range-over-func body; false
    /// if this is no such body or the exit is not one of its own.
    pub fn rf_exit(&mut self, exit: Exit) -> bool {
        let Some(i) = self
            .rf
            .as_ref()
            .and_then(|rf| rf.exits.iter().position(|e| *e == exit))
        else {
            return false;
        };
        let cell = self.rf_cell();
        let code = self.b.ins().iconst(types::I64, 1 + i as i64);
        self.b.ins().store(trusted(), code, cell, 8);
        self.rf_end(RF_DONE, false);
        true
    }

    /// `return results` in a range-over-func body: the results go to the
    /// enclosing function's result variables, then the exit.
    pub fn rf_return(&mut self, results: &'p [Expr]) {
        if !results.is_empty() {
            let rs = self.real_results();
            let ts: Vec<Option<TypeId>> = rs.iter().map(|&(_, t)| Some(t)).collect();
            let vals = self.rhs_values(results, ts.len(), &ts);
            for ((o, _), v) in rs.iter().zip(vals.iter()) {
                self.write_var(*o, v);
            }
        }
        self.rf_exit(Exit::Return);
    }

    /// Compiles the body of range-over-func statement `s` as the yield
    /// function (this FnCx is that function; captures already bound).
    pub fn range_body(&mut self, s: &'p Stmt, info: Rc<RangeInfo>) {
        let StmtKind::Range {
            key,
            value,
            tok,
            body,
            ..
        } = &s.kind
        else {
            return;
        };
        let define = matches!(tok, Some((AssignOp::Define, _)));
        for (i, &(c, t)) in info.caps.iter().enumerate() {
            self.locals.insert(c, (Local::Capture(1 + i as u32), t));
        }
        self.rf = Some(info.clone());
        let params = self.collect_params_vals();
        let ptypes: Vec<TypeId> = self.abi.params.iter().map(|(t, _)| *t).collect();
        let cell = self.rf_cell();
        let st = self.b.ins().load(types::I64, trusted(), cell, 0);
        let bad = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, st, RF_READY as i64);
        self.panic_if(bad, "gorun_panicrangestate", |_| vec![st]);
        let p = self.b.ins().iconst(types::I64, RF_PANIC as i64);
        self.b.ins().store(trusted(), p, cell, 0);
        // The iteration variables: declared per call with `:=`, assigned
        // (with conversion to their types) with `=`.
        for ((e, v), pt) in [key, value].into_iter().zip(params).zip(ptypes) {
            let Some(e) = e else { continue };
            if e.as_ident().is_some_and(|n| n.is_blank()) {
                continue;
            }
            let v = self.copy_val(v, pt);
            if define && let Some(&o) = self.p.info.defs.get(&e.id) {
                let t = self.obj_type(o);
                self.declare_local(o, t, Some(v));
                continue;
            }
            let place = self.place(e);
            if let Some(t) = self.place_type(&place) {
                let v = self.convert_assign(v, pt, t);
                self.assign_place(&place, &v);
            }
        }
        let brk = self.b.create_block();
        let cont = self.b.create_block();
        self.loop_body(body, info.label, brk, cont);
        self.rf_end(RF_READY, true);
        self.switch_to(brk);
        self.b.seal_block(brk);
        self.rf_end(RF_DONE, false);
        // Nothing jumps to the return block of a body.
        let rb = self.ret_block;
        self.switch_to(rb);
        self.b.ins().trap(TrapCode::unwrap_user(1));
        self.filled = true;
    }
}
