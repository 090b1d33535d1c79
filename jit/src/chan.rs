//! Channel operations and `select`, through the runtime's `chan.go` and
//! `select.go` entries. Values cross through frame temporaries: a send
//! passes the address of the value, a receive the address to write to.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};
use gorun_frontend::syntax::ast::{AssignOp, CommClause, Expr, ExprKind, StmtKind, UnaryOp};
use gorun_frontend::types::{Type, TypeId};

use crate::func::{FnCx, Target, Val, trusted};

impl<'a, 'p> FnCx<'a, 'p> {
    pub fn chan_elem(&self, ct: TypeId) -> TypeId {
        match self.p.ty(self.p.under(ct)) {
            Type::Chan { elem, .. } => *elem,
            _ => ct,
        }
    }

    pub fn send(&mut self, chan: &'p Expr, value: &'p Expr) {
        let ct = self.type_of(chan);
        let et = self.chan_elem(ct);
        let c = self.expr(chan).v();
        let v = self.expr_to(value, et);
        let tmp = self.temp(et);
        self.store(tmp, et, &v);
        let one = self.b.ins().iconst(types::I8, 1);
        self.call_rt("gorun_chansend", &[self.g, c, tmp, one]);
    }

    /// `<-ch`: the value, and whether it was sent (false once closed and
    /// drained).
    pub fn recv(&mut self, chan: &'p Expr, _comma_ok: bool) -> (Val, Value) {
        let ct = self.type_of(chan);
        let et = self.chan_elem(ct);
        let c = self.expr(chan).v();
        let tmp = self.temp(et);
        let one = self.b.ins().iconst(types::I8, 1);
        let r = self.call_rt("gorun_chanrecv", &[self.g, c, tmp, one])[0];
        let received = self.b.ins().ushr_imm_s(r, 1);
        let ok = self.b.ins().ireduce(types::I8, received);
        (self.load(tmp, et), ok)
    }

    /// `for v := range ch`.
    pub fn range_chan(
        &mut self,
        key: &'p Option<Expr>,
        define: bool,
        x: &'p Expr,
        elem: TypeId,
        body: &'p gorun_frontend::syntax::ast::Block,
        label: Option<gorun_frontend::name::Name>,
    ) {
        let c = self.expr(x).v();
        let header = self.b.create_block();
        let bodyb = self.b.create_block();
        let exit = self.b.create_block();
        self.jump(header);
        self.switch_to(header);
        let tmp = self.temp(elem);
        let one = self.b.ins().iconst(types::I8, 1);
        let r = self.call_rt("gorun_chanrecv", &[self.g, c, tmp, one])[0];
        let received = self.b.ins().band_imm_s(r, 2);
        let got = self.b.ins().icmp_imm_s(IntCC::NotEqual, received, 0);
        self.branch(got, bodyb, exit);
        self.switch_to(bodyb);
        self.b.seal_block(bodyb);
        let v = self.load(tmp, elem);
        self.bind_range_var(key.as_ref(), define, v);
        self.targets.push(Target {
            label,
            brk: exit,
            cont: Some(header),
        });
        self.block(body);
        self.targets.pop();
        self.backedge_check(header);
        self.b.seal_block(header);
        self.switch_to(exit);
        self.b.seal_block(exit);
    }

    /// `select`: builds the case array (sends first, then receives, as
    /// `selectgo` expects), calls `selectgo`, then runs the chosen clause.
    pub fn select_stmt(
        &mut self,
        clauses: &'p [CommClause],
        label: Option<gorun_frontend::name::Name>,
    ) {
        struct Case<'p> {
            clause: usize,
            chan: Value,
            buf: Value,
            elem: TypeId,
            recv_stmt: Option<&'p gorun_frontend::syntax::ast::Stmt>,
        }
        let mut sends: Vec<Case> = Vec::new();
        let mut recvs: Vec<Case> = Vec::new();
        let mut default = None;
        // Evaluate channels and sent values in source order.
        for (ci, c) in clauses.iter().enumerate() {
            let Some(comm) = &c.comm else {
                default = Some(ci);
                continue;
            };
            match &comm.kind {
                StmtKind::Send { chan, value, .. } => {
                    let ct = self.type_of(chan);
                    let et = self.chan_elem(ct);
                    let ch = self.expr(chan).v();
                    let v = self.expr_to(value, et);
                    let buf = self.temp(et);
                    self.store(buf, et, &v);
                    sends.push(Case {
                        clause: ci,
                        chan: ch,
                        buf,
                        elem: et,
                        recv_stmt: None,
                    });
                }
                StmtKind::Expr(_) | StmtKind::Assign { .. }
                    if self.recv_operand(comm).is_some() =>
                {
                    let Some(rx) = self.recv_operand(comm) else {
                        continue;
                    };
                    let ct = self.type_of(rx);
                    let et = self.chan_elem(ct);
                    let ch = self.expr(rx).v();
                    let buf = self.temp(et);
                    recvs.push(Case {
                        clause: ci,
                        chan: ch,
                        buf,
                        elem: et,
                        recv_stmt: Some(comm),
                    });
                }
                _ => {}
            }
        }
        let ns = sends.len();
        let nr = recvs.len();
        let n = ns + nr;
        let cases = self.new_slot((16 * n.max(1)) as u32, 8);
        let cas0 = self.b.ins().stack_addr(types::I64, cases, 0);
        for (i, c) in sends.iter().chain(recvs.iter()).enumerate() {
            self.b.ins().store(trusted(), c.chan, cas0, (16 * i) as i32);
            self.b
                .ins()
                .store(trusted(), c.buf, cas0, (16 * i + 8) as i32);
        }
        let order = self.new_slot((4 * n.max(1)) as u32, 8);
        let order0 = self.b.ins().stack_addr(types::I64, order, 0);
        let nsv = self.b.ins().iconst(types::I64, ns as i64);
        let nrv = self.b.ins().iconst(types::I64, nr as i64);
        let block = self.b.ins().iconst(types::I8, default.is_none() as i64);
        let r = self.call_rt("gorun_selectgo", &[self.g, cas0, order0, nsv, nrv, block])[0];
        let chosen = self.b.ins().ireduce(types::I32, r);
        let recv_ok = {
            let s = self.b.ins().ushr_imm_s(r, 32);
            let b1 = self.b.ins().band_imm_s(s, 1);
            self.b.ins().ireduce(types::I8, b1)
        };
        let exit = self.b.create_block();
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        // Dispatch on the chosen index (-1: default).
        let all: Vec<(i64, usize)> = sends
            .iter()
            .chain(recvs.iter())
            .enumerate()
            .map(|(i, c)| (i as i64, c.clause))
            .chain(default.map(|d| (-1, d)))
            .collect();
        for (idx, ci) in all {
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, chosen, idx);
            let next = self.b.create_block();
            self.branch(hit, bodies[ci], next);
            self.switch_to(next);
            self.b.seal_block(next);
        }
        self.jump(exit);
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (ci, c) in clauses.iter().enumerate() {
            self.switch_to(bodies[ci]);
            self.b.seal_block(bodies[ci]);
            if let Some(rc) = recvs.iter().find(|r| r.clause == ci) {
                let v = self.load(rc.buf, rc.elem);
                if let Some(StmtKind::Assign { lhs, op, .. }) = rc.recv_stmt.map(|s| &s.kind) {
                    let define = *op == AssignOp::Define;
                    self.bind_range_var(lhs.first(), define, v);
                    if lhs.len() > 1 {
                        self.bind_range_var(lhs.get(1), define, Val::one(recv_ok));
                    }
                }
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

    fn recv_operand(&self, s: &'p gorun_frontend::syntax::ast::Stmt) -> Option<&'p Expr> {
        let e = match &s.kind {
            StmtKind::Expr(e) => e,
            StmtKind::Assign { rhs, .. } => rhs.first()?,
            _ => return None,
        };
        match &e.unparen().kind {
            ExprKind::Unary {
                op: UnaryOp::Recv,
                x,
            } => Some(x),
            _ => None,
        }
    }
}
