//! Expressions: each evaluates to a [`Val`] of the type the checker
//! recorded for it (for an untyped constant left untyped, its default type).
//!
//! Go semantics where the machine differs: integer arithmetic wraps at the
//! type's width; division checks for zero and defines `MinInt / -1`; shifts
//! by at least the width give 0 (or the sign), negative counts panic;
//! indexing and slicing check bounds; dereferences check for nil.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{Block, InstBuilder, Type as ClType, Value, types};
use cranelift_frontend::Variable;
use gorun_frontend::constant::{Kind as CKind, Value as CValue};
use gorun_frontend::syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use gorun_frontend::types::{BasicKind, Mode, ObjId, ObjKind, SelectionKind, Type, TypeId, info};
use smallvec::{SmallVec, smallvec};

use crate::func::{FnCx, Local, Val, trusted};
use crate::layout::Repr;

/// A place an assignment writes to.
#[derive(Clone, Debug)]
pub enum Place {
    Var(gorun_frontend::types::ObjId),
    /// A field or constant-index element of a variable that lives in
    /// registers: the variables of its components, and its type.
    Part(SmallVec<[Variable; 4]>, TypeId),
    Addr(Value, TypeId),
    /// `x[i]` of an array, array pointer or slice whose operands (the
    /// elements' base address, the index, the length) are evaluated but not
    /// yet checked: an assignment checks the bounds when it stores, after
    /// evaluating every operand of the statement (the spec's second phase;
    /// `i, x[i], x[9] = 1, 2, 3` stores into x[0] before the panic).
    Elem {
        base: Value,
        i: Value,
        len: Value,
        elem: TypeId,
        signed: bool,
    },
    /// `m[key]` of map type `map` (see `maps.rs`).
    MapElem {
        m: Value,
        key: Val,
        map: TypeId,
    },
    Blank,
}

impl Place {
    /// The address of an `Addr` place.
    fn addr(&self) -> Value {
        match self {
            Place::Addr(a, _) => *a,
            _ => unreachable!("not an address place: {self:?}"),
        }
    }
}

impl<'a, 'p> FnCx<'a, 'p> {
    // -- types of expressions ---------------------------------------------------------

    /// The type the checker recorded for `e`, defaulted if untyped.
    pub fn type_of(&self, e: &Expr) -> TypeId {
        match self.tv(e.id) {
            Some(tv) => self.p.default_type(tv.typ),
            None => self.p.universe.invalid,
        }
    }

    pub fn under(&self, t: TypeId) -> &'p Type {
        self.p.ty(self.p.under(t))
    }

    fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        self.p.basic_kind(self.p.under(t))
    }

    fn is_signed(&self, t: TypeId) -> bool {
        self.p.is_integer(t) && !self.p.is_unsigned(t)
    }

    fn cl_of(&self, t: TypeId) -> ClType {
        match self.repr(t) {
            Repr::Regs(c) if c.len() == 1 => c[0].ty,
            _ => types::I64,
        }
    }

    // -- constants ------------------------------------------------------------------------

    /// A constant of type `t`.
    pub fn const_val(&mut self, t: TypeId, v: &CValue) -> Val {
        let t = self.p.default_type(t);
        let u = self.p.under(t);
        let Some(k) = self.p.basic_kind(u) else {
            return self.zero(t);
        };
        use BasicKind::*;
        match k {
            Bool | UntypedBool => Val::one(self.b.ins().iconst(types::I8, v.bool_val() as i64)),
            String | UntypedString => self.string_const(v.string_val()),
            Float32 => {
                let f = v.to_float().float32_val().0;
                Val::one(self.b.ins().f32const(f))
            }
            Float64 | UntypedFloat => {
                let f = v.to_float().float64_val().0;
                Val::one(self.b.ins().f64const(f))
            }
            Complex64 => {
                let (re, im) = (v.real().float32_val().0, v.imag().float32_val().0);
                Val::Regs(smallvec![
                    self.b.ins().f32const(re),
                    self.b.ins().f32const(im)
                ])
            }
            Complex128 | UntypedComplex => {
                let (re, im) = (v.real().float64_val().0, v.imag().float64_val().0);
                Val::Regs(smallvec![
                    self.b.ins().f64const(re),
                    self.b.ins().f64const(im)
                ])
            }
            _ => {
                let iv = v.to_int();
                let bits = match iv.int64_val() {
                    Some(i) => i,
                    None => iv.uint64_val().map(|u| u as i64).unwrap_or(0),
                };
                let ty = self.cl_of(t);
                Val::one(self.iconst(ty, bits))
            }
        }
    }

    pub fn iconst(&mut self, ty: ClType, v: i64) -> Value {
        let masked = if ty.bits() < 64 {
            v & ((1i64 << ty.bits()) - 1)
        } else {
            v
        };
        self.b.ins().iconst(ty, masked)
    }

    /// A string constant: the static bytes and the length.
    pub fn string_const(&mut self, bytes: &[u8]) -> Val {
        if bytes.is_empty() {
            let z = self.b.ins().iconst(types::I64, 0);
            return Val::Regs(smallvec![z, z]);
        }
        let d = self.u.string_data(bytes);
        let ptr = self.data_addr(d);
        let len = self.b.ins().iconst(types::I64, bytes.len() as i64);
        Val::Regs(smallvec![ptr, len])
    }

    // -- expressions ------------------------------------------------------------------------

    /// The value of `e`.
    pub fn expr(&mut self, e: &'p Expr) -> Val {
        self.set_pos(e.pos());
        if let Some(tv) = self.tv(e.id)
            && tv.mode == Mode::Constant
            && let Some(v) = &tv.val
        {
            let t = tv.typ;
            return self.const_val(t, &v.clone());
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => self.ident(e),
            ExprKind::BasicLit(_) => {
                let t = self.type_of(e);
                self.zero(t)
            }
            ExprKind::FuncLit { .. } => self.func_lit(e),
            ExprKind::CompositeLit { .. } => self.composite_lit(e),
            ExprKind::Selector { .. } => self.selector(e),
            ExprKind::Index { x, indices, .. } => self.index_expr(e, x, indices),
            ExprKind::Slice { .. } => self.slice_expr(e),
            ExprKind::Star(x) => {
                let t = self.type_of(e);
                let p = self.expr(x).v();
                self.nil_check(p);
                self.load(p, t)
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y, .. } => self.binary(e, *op, x, y),
            ExprKind::Call { .. } => {
                let vals = self.call(e);
                match vals.into_iter().next() {
                    Some(v) => v,
                    None => Val::Regs(SmallVec::new()),
                }
            }
            ExprKind::TypeAssert { .. } => self.type_assert(e, false).0,
            _ => {
                self.unsupported(e, "expression");
                let t = self.type_of(e);
                self.zero(t)
            }
        }
    }

    /// Records that a construct is not compiled yet (an error, not a crash).
    pub fn unsupported(&mut self, e: &Expr, what: &str) {
        let pos = self
            .u
            .fset
            .position(e.pos())
            .map(|p| p.to_string())
            .unwrap_or_default();
        self.u.errors.push(format!(
            "{pos}: {what} not supported yet: {}",
            gorun_frontend::types::exprstring::expr_string(e)
        ));
    }

    /// The value of `e` converted for assignment to a variable of type `to`
    /// (interfaces box concrete values; untyped nil becomes the zero value).
    pub fn expr_to(&mut self, e: &'p Expr, to: TypeId) -> Val {
        let from = self.type_of(e);
        if let Some(tv) = self.tv(e.id)
            && (tv.mode == Mode::NilValue
                || self.p.basic_kind(tv.typ) == Some(BasicKind::UntypedNil))
        {
            return self.zero(to);
        }
        let v = self.expr(e);
        self.convert_assign(v, from, to)
    }

    /// Converts a value of type `from` for assignment to type `to`.
    pub fn convert_assign(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        if self.p.is_interface(to) && !self.p.is_interface(from) {
            return self.make_iface(v, from, to);
        }
        if self.p.is_interface(to) && self.p.is_interface(from) && !self.p.identical(from, to) {
            return self.iface_to_iface(v, from, to);
        }
        v
    }

    fn ident(&mut self, e: &'p Expr) -> Val {
        let Some(obj) = self.use_of(e.id) else {
            let t = self.type_of(e);
            return self.zero(t);
        };
        match &self.p.obj(obj).kind {
            ObjKind::Var { .. } => self.read_var(obj),
            ObjKind::Func { .. } => {
                let f = self.u.decl_func(obj);
                let d = self.u.static_closure(f);
                Val::one(self.data_addr(d))
            }
            ObjKind::Nil => {
                let t = self.type_of(e);
                self.zero(t)
            }
            _ => {
                let t = self.type_of(e);
                self.zero(t)
            }
        }
    }

    // -- operators ----------------------------------------------------------------------------

    fn unary(&mut self, e: &'p Expr, op: UnaryOp, x: &'p Expr) -> Val {
        let t = self.type_of(e);
        match op {
            UnaryOp::Pos => self.expr(x),
            UnaryOp::Neg => {
                let v = self.expr(x);
                match self.basic_kind(t) {
                    Some(k) if k.info() & info::COMPLEX != 0 => {
                        let r = v.regs();
                        Val::Regs(smallvec![self.b.ins().fneg(r[0]), self.b.ins().fneg(r[1])])
                    }
                    Some(k) if k.info() & info::FLOAT != 0 => Val::one(self.b.ins().fneg(v.v())),
                    _ => Val::one(self.b.ins().ineg(v.v())),
                }
            }
            UnaryOp::Not => {
                let v = self.expr(x).v();
                Val::one(self.b.ins().bxor_imm_s(v, 1))
            }
            UnaryOp::Xor => {
                let v = self.expr(x).v();
                Val::one(self.b.ins().bnot(v))
            }
            UnaryOp::Addr => {
                let inner = x.unparen();
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    let lt = self.type_of(inner);
                    let v = self.expr(inner);
                    let cell = self.heap_alloc(lt);
                    self.store(cell, lt, &v);
                    return Val::one(cell);
                }
                Val::one(self.addr_of(x))
            }
            UnaryOp::Recv => {
                let (v, _) = self.recv(x, false);
                v
            }
            UnaryOp::Tilde => self.zero(t),
        }
    }

    fn binary(&mut self, e: &'p Expr, op: BinaryOp, x: &'p Expr, y: &'p Expr) -> Val {
        match op {
            BinaryOp::AndAnd | BinaryOp::OrOr => return self.logical(op, x, y),
            _ => {}
        }
        if op.is_comparison() {
            return Val::one(self.comparison(op, x, y));
        }
        let t = self.type_of(e);
        let xv = self.expr(x);
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            let (yv, yt) = self.shift_count(y);
            return Val::one(self.shift(op, xv.v(), t, yv, yt));
        }
        let yv = self.expr(y);
        self.arith(op, xv, yv, t)
    }

    /// `x op y` for arithmetic operators on values of type `t`.
    pub fn arith(&mut self, op: BinaryOp, xv: Val, yv: Val, t: TypeId) -> Val {
        let k = self.basic_kind(t).unwrap_or(BasicKind::Int);
        let inf = k.info();
        if inf & info::STRING != 0 {
            return self.concat(&[xv, yv]);
        }
        if inf & info::COMPLEX != 0 {
            return self.complex_arith(op, xv, yv);
        }
        let (a, b) = (xv.v(), yv.v());
        let r = if inf & info::FLOAT != 0 {
            match op {
                BinaryOp::Add => self.b.ins().fadd(a, b),
                BinaryOp::Sub => self.b.ins().fsub(a, b),
                BinaryOp::Mul => self.b.ins().fmul(a, b),
                BinaryOp::Div => self.b.ins().fdiv(a, b),
                _ => a,
            }
        } else {
            let signed = inf & info::UNSIGNED == 0;
            match op {
                BinaryOp::Add => self.b.ins().iadd(a, b),
                BinaryOp::Sub => self.b.ins().isub(a, b),
                BinaryOp::Mul => self.b.ins().imul(a, b),
                BinaryOp::Div | BinaryOp::Rem => return Val::one(self.divide(op, a, b, signed)),
                BinaryOp::And => self.b.ins().band(a, b),
                BinaryOp::Or => self.b.ins().bor(a, b),
                BinaryOp::Xor => self.b.ins().bxor(a, b),
                BinaryOp::AndNot => self.b.ins().band_not(a, b),
                _ => a,
            }
        };
        Val::one(r)
    }

    /// Integer division and remainder: a zero divisor panics; for signed
    /// types `MinInt / -1` is `MinInt` and `MinInt % -1` is 0, as in Go.
    fn divide(&mut self, op: BinaryOp, a: Value, b: Value, signed: bool) -> Value {
        let ty = self.b.func.dfg.value_type(a);
        if let Some(raw) = self.iconst_value(b) {
            // Immediates of narrow types may be stored either extended:
            // normalize to the divisor's value in its type.
            let shift = 64 - ty.bits();
            let d = if signed {
                (raw << shift) >> shift
            } else {
                ((raw as u64) << shift >> shift) as i64
            };
            if d != 0 && !(signed && d == -1) {
                return self.divide_by_const(op, a, d, signed);
            }
        }
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        self.panic_if(zero, "gorun_panic_divide", |_| vec![]);
        if !signed {
            return match op {
                BinaryOp::Div => self.b.ins().udiv(a, b),
                _ => self.b.ins().urem(a, b),
            };
        }
        // Avoid the machine's trap on MinInt / -1: divide by 1 instead and
        // fix up (x / -1 == -x, x % -1 == 0).
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        let one = self.b.ins().iconst(ty, 1);
        let safe_b = self.b.ins().select(minus_one, one, b);
        match op {
            BinaryOp::Div => {
                let q = self.b.ins().sdiv(a, safe_b);
                let neg = self.b.ins().ineg(a);
                self.b.ins().select(minus_one, neg, q)
            }
            _ => {
                let r = self.b.ins().srem(a, safe_b);
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().select(minus_one, z, r)
            }
        }
    }

    /// The value of `v` if an `iconst` defines it.
    fn iconst_value(&self, v: Value) -> Option<i64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            cranelift_codegen::ir::InstructionData::UnaryImm {
                opcode: cranelift_codegen::ir::Opcode::Iconst,
                imm,
            } => Some(imm.bits()),
            _ => None,
        }
    }

    /// Division by a constant other than 0 and -1 (no check, no trap):
    /// powers of two by shifts, rounding toward zero as Go's `/` does;
    /// other divisors as Cranelift's division by a constant.
    fn divide_by_const(&mut self, op: BinaryOp, a: Value, d: i64, signed: bool) -> Value {
        let ty = self.b.func.dfg.value_type(a);
        let bits = ty.bits();
        // `d` is the divisor's value in its type (see `divide`).
        let mag = if signed { d.unsigned_abs() } else { d as u64 };
        if mag.is_power_of_two() && mag > 1 && (!signed || d > 0) {
            let k = i64::from(mag.trailing_zeros());
            if !signed {
                return match op {
                    BinaryOp::Div => self.b.ins().ushr_imm_u(a, k),
                    _ => self.b.ins().band_imm_u(a, (mag - 1) as i64),
                };
            }
            // q = (a + (a < 0 ? 2^k - 1 : 0)) >> k
            let sign = self.b.ins().sshr_imm_u(a, i64::from(bits) - 1);
            let bias = self.b.ins().ushr_imm_u(sign, i64::from(bits) - k);
            let biased = self.b.ins().iadd(a, bias);
            let q = self.b.ins().sshr_imm_u(biased, k);
            return match op {
                BinaryOp::Div => q,
                _ => {
                    let back = self.b.ins().ishl_imm_u(q, k);
                    self.b.ins().isub(a, back)
                }
            };
        }
        let c = self.iconst(ty, d);
        match (op, signed) {
            (BinaryOp::Div, true) => self.b.ins().sdiv(a, c),
            (BinaryOp::Div, false) => self.b.ins().udiv(a, c),
            (_, true) => self.b.ins().srem(a, c),
            (_, false) => self.b.ins().urem(a, c),
        }
    }

    /// `x << s` or `x >> s` with Go's semantics for large and negative counts.
    /// A shift count and its type. A constant count is a uint (the checker
    /// made sure an untyped one is representable as uint, but records it
    /// with its untyped kind: `x << 1.`, `x << (1+0i)`, `x << MaxUint`),
    /// so it is materialized from its exact value, never as a float or a
    /// negative int.
    pub fn shift_count(&mut self, y: &'p Expr) -> (Value, TypeId) {
        if let Some(tv) = self.tv(y.id)
            && tv.mode == Mode::Constant
            && let Some(u) = tv.val.as_ref().and_then(|v| v.to_int().uint64_val())
        {
            let uint = self.p.universe.basic(BasicKind::Uint);
            return (self.b.ins().iconst(types::I64, u as i64), uint);
        }
        (self.expr(y).v(), self.type_of(y))
    }

    pub fn shift(&mut self, op: BinaryOp, x: Value, t: TypeId, s: Value, st: TypeId) -> Value {
        let ty = self.b.func.dfg.value_type(x);
        let bits = ty.bits() as i64;
        // Widen the count to 64 bits.
        let sty = self.b.func.dfg.value_type(s);
        let s64 = if sty.bits() < 64 {
            if self.is_signed(st) {
                self.b.ins().sextend(types::I64, s)
            } else {
                self.b.ins().uextend(types::I64, s)
            }
        } else {
            s
        };
        if self.is_signed(st) {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, s64, 0);
            self.panic_if(neg, "gorun_panic_shift", |_| vec![]);
        }
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, s64, bits);
        let sn = if ty.bits() < 64 {
            self.b.ins().ireduce(ty, s64)
        } else {
            s64
        };
        match op {
            BinaryOp::Shl => {
                let r = self.b.ins().ishl(x, sn);
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().select(big, z, r)
            }
            _ => {
                if self.is_signed(t) {
                    let maxs = self.b.ins().iconst(ty, bits - 1);
                    let sc = self.b.ins().select(big, maxs, sn);
                    self.b.ins().sshr(x, sc)
                } else {
                    let r = self.b.ins().ushr(x, sn);
                    let z = self.b.ins().iconst(ty, 0);
                    self.b.ins().select(big, z, r)
                }
            }
        }
    }

    fn complex_arith(&mut self, op: BinaryOp, x: Val, y: Val) -> Val {
        let (a, b) = (x.regs()[0], x.regs()[1]);
        let (c, d) = (y.regs()[0], y.regs()[1]);
        let ins = &mut self.b;
        match op {
            BinaryOp::Add => Val::Regs(smallvec![ins.ins().fadd(a, c), ins.ins().fadd(b, d)]),
            BinaryOp::Sub => Val::Regs(smallvec![ins.ins().fsub(a, c), ins.ins().fsub(b, d)]),
            BinaryOp::Mul => {
                // gc computes complex64 products in float64 (less
                // cancellation, no intermediate overflow) and narrows the
                // parts after.
                let narrow = ins.func.dfg.value_type(a) == types::F32;
                let mut w = [a, b, c, d];
                if narrow {
                    for v in &mut w {
                        *v = ins.ins().fpromote(types::F64, *v);
                    }
                }
                let [a, b, c, d] = w;
                let ac = ins.ins().fmul(a, c);
                let bd = ins.ins().fmul(b, d);
                let ad = ins.ins().fmul(a, d);
                let bc = ins.ins().fmul(b, c);
                let (mut re, mut im) = (ins.ins().fsub(ac, bd), ins.ins().fadd(ad, bc));
                if narrow {
                    re = ins.ins().fdemote(types::F32, re);
                    im = ins.ins().fdemote(types::F32, im);
                }
                Val::Regs(smallvec![re, im])
            }
            _ => {
                // runtime.complex128div (complex64 through complex128, as gc).
                let narrow = self.b.func.dfg.value_type(a) == types::F32;
                let mut wide = [a, b, c, d];
                if narrow {
                    for v in &mut wide {
                        *v = self.b.ins().fpromote(types::F64, *v);
                    }
                }
                let r = self.call_rt("gorun_complex128div", &wide);
                let (mut re, mut im) = (r[0], r[1]);
                if narrow {
                    re = self.b.ins().fdemote(types::F32, re);
                    im = self.b.ins().fdemote(types::F32, im);
                }
                Val::Regs(smallvec![re, im])
            }
        }
    }

    fn logical(&mut self, op: BinaryOp, x: &'p Expr, y: &'p Expr) -> Val {
        let xv = self.expr(x).v();
        let rhs = self.b.create_block();
        let done = self.b.create_block();
        let res = self.b.append_block_param(done, types::I8);
        match op {
            BinaryOp::AndAnd => {
                self.b.ins().brif(xv, rhs, &[], done, &[xv.into()]);
            }
            _ => {
                self.b.ins().brif(xv, done, &[xv.into()], rhs, &[]);
            }
        }
        self.filled = true;
        self.switch_to(rhs);
        self.b.seal_block(rhs);
        let yv = self.expr(y).v();
        self.b.ins().jump(done, &[yv.into()]);
        self.filled = true;
        self.switch_to(done);
        self.b.seal_block(done);
        Val::one(res)
    }

    /// `x op y` for comparison operators: an I8 boolean.
    pub fn comparison(&mut self, op: BinaryOp, x: &'p Expr, y: &'p Expr) -> Value {
        let xt = self.type_of(x);
        let yt = self.type_of(y);
        // Comparing with an untyped nil: compare the pointer-like word.
        let xnil = self.is_nil_expr(x);
        let ynil = self.is_nil_expr(y);
        if xnil || ynil {
            let (e, t) = if xnil { (y, yt) } else { (x, xt) };
            let v = self.expr(e);
            let w = v
                .regs()
                .first()
                .copied()
                .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
            let cc = if op == BinaryOp::Eq {
                IntCC::Equal
            } else {
                IntCC::NotEqual
            };
            let _ = t;
            let r = self.b.ins().icmp_imm_s(cc, w, 0);
            return r;
        }
        // Mixed interface / concrete comparisons convert the concrete side.
        let ct = if self.p.is_interface(xt) { xt } else { yt };
        let xv0 = self.expr(x);
        let xv = self.convert_assign(xv0, xt, ct);
        let yv0 = self.expr(y);
        let yv = self.convert_assign(yv0, yt, ct);
        self.compare_vals(op, xv, yv, ct)
    }

    fn is_nil_expr(&self, e: &Expr) -> bool {
        self.tv(e.id).is_some_and(|tv| {
            tv.mode == Mode::NilValue || self.p.basic_kind(tv.typ) == Some(BasicKind::UntypedNil)
        })
    }

    /// Compares two values of type `t`.
    pub fn compare_vals(&mut self, op: BinaryOp, x: Val, y: Val, t: TypeId) -> Value {
        let u = self.p.under(t);
        if let Some(k) = self.p.basic_kind(u) {
            let inf = k.info();
            if inf & info::STRING != 0 {
                return self.compare_strings(op, x, y);
            }
            if inf & info::COMPLEX != 0 {
                let re = self.b.ins().fcmp(FloatCC::Equal, x.regs()[0], y.regs()[0]);
                let im = self.b.ins().fcmp(FloatCC::Equal, x.regs()[1], y.regs()[1]);
                let eq = self.b.ins().band(re, im);
                return if op == BinaryOp::Eq {
                    eq
                } else {
                    self.b.ins().bxor_imm_s(eq, 1)
                };
            }
            if inf & info::FLOAT != 0 {
                let cc = match op {
                    BinaryOp::Eq => FloatCC::Equal,
                    BinaryOp::Ne => FloatCC::NotEqual,
                    BinaryOp::Lt => FloatCC::LessThan,
                    BinaryOp::Le => FloatCC::LessThanOrEqual,
                    BinaryOp::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                return self.b.ins().fcmp(cc, x.v(), y.v());
            }
            let signed = inf & info::UNSIGNED == 0 && inf & info::INTEGER != 0;
            let cc = int_cc(op, signed);
            return self.b.ins().icmp(cc, x.v(), y.v());
        }
        match self.p.ty(u) {
            Type::Pointer(_) | Type::Chan { .. } | Type::Map { .. } | Type::Signature(_) => {
                let cc = int_cc(op, false);
                self.b.ins().icmp(cc, x.v(), y.v())
            }
            Type::Interface(_) => self.compare_ifaces(op, x, y, t),
            Type::Struct(_) | Type::Array { .. } => {
                let eq = self.equal_composite(x, y, t);
                if op == BinaryOp::Eq {
                    eq
                } else {
                    self.b.ins().bxor_imm_s(eq, 1)
                }
            }
            _ => self.b.ins().iconst(types::I8, 0),
        }
    }

    /// Equality of two struct or array values, field by field.
    fn equal_composite(&mut self, x: Val, y: Val, t: TypeId) -> Value {
        let xa = self.spill(x, t);
        let ya = self.spill(y, t);
        self.equal_at(xa, ya, t)
    }

    /// Equality of the values of type `t` at two addresses.
    ///
    /// Structs and arrays compare in order and stop at the first unequal
    /// part, as gc's compiled comparisons and generated eq functions do:
    /// that decides whether a later interface part holding an uncomparable
    /// value panics. Long arrays are compared in a loop, not unrolled.
    pub fn equal_at(&mut self, xa: Value, ya: Value, t: TypeId) -> Value {
        let u = self.p.under(t);
        match self.p.ty(u).clone() {
            Type::Struct(s) => {
                let offs = self.p.offsetsof(&s.fields);
                let done = self.b.create_block();
                self.b.append_block_param(done, types::I8);
                for (i, &f) in s.fields.iter().enumerate() {
                    if self.p.obj(f).name.is_blank() {
                        continue;
                    }
                    let ft = self.obj_type(f);
                    let xo = self.b.ins().iadd_imm_s(xa, offs[i]);
                    let yo = self.b.ins().iadd_imm_s(ya, offs[i]);
                    let eq = self.equal_at(xo, yo, ft);
                    self.and_then(eq, done);
                }
                self.finish_equal(done)
            }
            Type::Array { len, elem } => {
                let es = self.p.sizeof(elem).max(0);
                let done = self.b.create_block();
                self.b.append_block_param(done, types::I8);
                self.array_loop(xa, ya, len, es, done, |cx, xo, yo| {
                    cx.equal_at(xo, yo, elem)
                });
                self.finish_equal(done)
            }
            _ => {
                let xv = self.load(xa, t);
                let yv = self.load(ya, t);
                self.compare_vals(BinaryOp::Eq, xv, yv, t)
            }
        }
    }

    /// Continues in a new block if `eq`, else goes to `done` with false.
    fn and_then(&mut self, eq: Value, done: Block) {
        let next = self.b.create_block();
        let f = self.b.ins().iconst(types::I8, 0);
        self.b.ins().brif(eq, next, &[], done, &[f.into()]);
        self.filled = true;
        self.switch_to(next);
        self.b.seal_block(next);
    }

    /// Goes to `done` with true; the comparison's result is `done`'s
    /// parameter.
    fn finish_equal(&mut self, done: Block) -> Value {
        let t = self.b.ins().iconst(types::I8, 1);
        self.b.ins().jump(done, &[t.into()]);
        self.filled = true;
        self.switch_to(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }

    /// `cmp` on each element pair of two arrays of `len` elements of
    /// `es` bytes, in order, going to `done` with false at the first that
    /// is not equal: unrolled when short, else a loop.
    fn array_loop(
        &mut self,
        xa: Value,
        ya: Value,
        len: i64,
        es: i64,
        done: Block,
        cmp: impl Fn(&mut Self, Value, Value) -> Value,
    ) {
        if len <= 4 {
            for i in 0..len.max(0) {
                let xo = self.b.ins().iadd_imm_s(xa, i * es);
                let yo = self.b.ins().iadd_imm_s(ya, i * es);
                let eq = cmp(self, xo, yo);
                self.and_then(eq, done);
            }
            return;
        }
        let header = self.b.create_block();
        let i = self.b.append_block_param(header, types::I64);
        let body = self.b.create_block();
        let exit = self.b.create_block();
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().jump(header, &[zero.into()]);
        self.filled = true;
        self.switch_to(header);
        let more = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, len);
        self.b.ins().brif(more, body, &[], exit, &[]);
        self.filled = true;
        self.switch_to(body);
        self.b.seal_block(body);
        let off = self.b.ins().imul_imm_s(i, es);
        let xo = self.b.ins().iadd(xa, off);
        let yo = self.b.ins().iadd(ya, off);
        let eq = cmp(self, xo, yo);
        let next = self.b.ins().iadd_imm_s(i, 1);
        let f = self.b.ins().iconst(types::I8, 0);
        self.b
            .ins()
            .brif(eq, header, &[next.into()], done, &[f.into()]);
        self.filled = true;
        self.b.seal_block(header);
        self.switch_to(exit);
        self.b.seal_block(exit);
    }

    /// The address of a value: itself if in memory, else a temporary.
    pub fn spill(&mut self, v: Val, t: TypeId) -> Value {
        match v {
            Val::Mem(a) => a,
            r => {
                let tmp = self.temp(t);
                self.store(tmp, t, &r);
                tmp
            }
        }
    }

    // -- addresses and places -----------------------------------------------------------------

    /// The address of addressable expression `e`.
    pub fn addr_of(&mut self, e: &'p Expr) -> Value {
        match &e.kind {
            ExprKind::Paren(x) => self.addr_of(x),
            ExprKind::Ident(_) => {
                let obj = self.p.info.uses.get(&e.id).copied();
                match obj.and_then(|o| self.var_addr(o)) {
                    Some(a) => a,
                    None => {
                        // A register variable whose address is needed
                        // briefly: copy to a temporary.
                        let t = self.type_of(e);
                        let v = self.expr(e);
                        self.spill(v, t)
                    }
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x).v();
                self.nil_check(p);
                p
            }
            ExprKind::Selector { x, .. } => {
                let sel = self.sel(e.id).cloned();
                match sel {
                    Some(sel) if sel.kind == SelectionKind::FieldVal => {
                        let xt = self.type_of(x);
                        let base = if matches!(self.under(xt), Type::Pointer(_)) {
                            let p = self.expr(x).v();
                            self.nil_check(p);
                            p
                        } else {
                            self.addr_of(x)
                        };
                        let bt = match self.under(xt) {
                            Type::Pointer(b) => *b,
                            _ => xt,
                        };
                        self.field_path_addr(base, bt, &sel.index)
                    }
                    _ => {
                        // A package-qualified variable.
                        match self.p.info.uses.get(&match &e.kind {
                            ExprKind::Selector { sel, .. } => sel.id,
                            _ => e.id,
                        }) {
                            Some(&o) => self
                                .var_addr(o)
                                .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0)),
                            None => self.b.ins().iconst(types::I64, 0),
                        }
                    }
                }
            }
            ExprKind::Index { x, indices, .. } => match self.elem_place(x, &indices[0]) {
                Some(place) => self.settle_place(place).addr(),
                None => {
                    let t = self.type_of(e);
                    let v = self.expr(e);
                    self.spill(v, t)
                }
            },
            _ => {
                let t = self.type_of(e);
                let v = self.expr(e);
                self.spill(v, t)
            }
        }
    }

    /// `x[idx]` of an array, array pointer or slice, its operands evaluated
    /// (an array pointer nil-checked) and its bounds not yet checked; None
    /// for other operands.
    fn elem_place(&mut self, x: &'p Expr, idx: &'p Expr) -> Option<Place> {
        let signed = self.is_signed(self.type_of(idx));
        let (base, len, elem) = match self.under(self.type_of(x)).clone() {
            Type::Array { len, elem } => {
                let base = self.addr_of(x);
                (base, self.b.ins().iconst(types::I64, len), elem)
            }
            Type::Pointer(pt) => {
                let (len, elem) = match self.under(pt) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, pt),
                };
                let base = self.expr(x).v();
                self.nil_check(base);
                (base, self.b.ins().iconst(types::I64, len), elem)
            }
            Type::Slice(elem) => {
                let s = self.expr(x);
                (s.regs()[0], s.regs()[1], elem)
            }
            _ => return None,
        };
        let i = self.index_value(idx);
        Some(Place::Elem {
            base,
            i,
            len,
            elem,
            signed,
        })
    }

    /// `place` with its pending bounds check done: an `Elem` becomes the
    /// element's `Addr`; other places are returned as they are.
    pub fn settle_place(&mut self, place: Place) -> Place {
        match place {
            Place::Elem {
                base,
                i,
                len,
                elem,
                signed,
            } => {
                self.bounds_check(i, len, gorun_runtime::panic::bounds::INDEX, signed);
                Place::Addr(self.elem_addr(base, i, elem), elem)
            }
            p => p,
        }
    }

    /// `base + i * sizeof(elem)`.
    pub fn elem_addr(&mut self, base: Value, i: Value, elem: TypeId) -> Value {
        let es = self.p.sizeof(elem).max(0);
        let off = self.b.ins().imul_imm_s(i, es);
        self.b.ins().iadd(base, off)
    }

    /// The address of the field at `path` (embedded field indices) from a
    /// struct of type `t` at `base`, following embedded pointers.
    pub fn field_path_addr(&mut self, mut base: Value, mut t: TypeId, path: &[usize]) -> Value {
        for (k, &i) in path.iter().enumerate() {
            if let Type::Pointer(b) = self.under(t) {
                // An embedded pointer on the path.
                if k > 0 {
                    base = self.b.ins().load(types::I64, trusted(), base, 0);
                    self.nil_check(base);
                }
                t = *b;
            }
            let Type::Struct(s) = self.under(t).clone() else {
                break;
            };
            let offs = self.p.offsetsof(&s.fields);
            base = self.b.ins().iadd_imm_s(base, offs[i].max(0));
            t = self.obj_type(s.fields[i]);
            if k + 1 < path.len()
                && let Type::Pointer(_) = self.under(t)
            {
                base = self.b.ins().load(types::I64, trusted(), base, 0);
                self.nil_check(base);
                t = match self.under(t) {
                    Type::Pointer(b) => *b,
                    _ => t,
                };
            }
        }
        base
    }

    /// The place written by assignment to `e`.
    pub fn place(&mut self, e: &'p Expr) -> Place {
        let e0 = e.unparen();
        if let ExprKind::Ident(n) = e0.kind {
            if n.is_blank() {
                return Place::Blank;
            }
            if let Some(&o) = self
                .p
                .info
                .uses
                .get(&e0.id)
                .or(self.p.info.defs.get(&e0.id))
                && (self.locals.contains_key(&o)
                    || matches!(self.p.obj(o).kind, ObjKind::Var { .. }))
            {
                return Place::Var(o);
            }
        }
        if let Some((o, off, t)) = self.reg_part(e0) {
            let Some((Local::Regs(vars), vt)) = self.locals.get(&o).cloned() else {
                unreachable!("reg_part roots at a register variable")
            };
            let size = self.p.sizeof(t).max(0) as u32;
            let whole = self.repr(vt);
            let part = whole
                .comps()
                .iter()
                .zip(vars.iter())
                .filter(|(c, _)| c.offset >= off && c.offset < off + size)
                .map(|(_, &v)| v)
                .collect();
            return Place::Part(part, t);
        }
        if let ExprKind::Index { x, indices, .. } = &e0.kind {
            if matches!(self.under(self.type_of(x)), Type::Map { .. }) {
                return self.map_place(x, &indices[0]);
            }
            if let Some(place) = self.elem_place(x, &indices[0]) {
                return place;
            }
        }
        let t = self.type_of(e0);
        let a = self.addr_of(e0);
        Place::Addr(a, t)
    }

    /// If `e` designates part of a register variable (fields and
    /// constant-index array elements, no indirection): the variable, the
    /// part's byte offset in it and the part's type. Writing through an
    /// address would write a spilled copy.
    fn reg_part(&self, e: &Expr) -> Option<(ObjId, u32, TypeId)> {
        match &e.kind {
            ExprKind::Paren(x) => self.reg_part(x),
            ExprKind::Ident(_) => {
                let o = *self.p.info.uses.get(&e.id)?;
                match self.locals.get(&o) {
                    Some((Local::Regs(_), t)) => Some((o, 0, *t)),
                    _ => None,
                }
            }
            ExprKind::Selector { x, .. } => {
                let sel = self.sel(e.id)?;
                if sel.kind != SelectionKind::FieldVal || sel.indirect {
                    return None;
                }
                let (o, mut off, mut t) = self.reg_part(x)?;
                for &i in &sel.index {
                    let Type::Struct(st) = self.under(t) else {
                        return None;
                    };
                    off += self.p.offsetsof(&st.fields)[i].max(0) as u32;
                    t = self.p.obj_type(st.fields[i]);
                }
                Some((o, off, t))
            }
            ExprKind::Index { x, indices, .. } => {
                let Type::Array { elem, .. } = self.under(self.type_of(x)) else {
                    return None;
                };
                let elem = *elem;
                let tv = self.p.info.types.get(&indices[0].id)?;
                let i = tv.val.as_ref()?.int64_val()?;
                let (o, off, _) = self.reg_part(x)?;
                Some((o, off + (i * self.p.sizeof(elem).max(0)) as u32, elem))
            }
            _ => None,
        }
    }

    pub fn assign_place(&mut self, place: &Place, v: &Val) {
        match place {
            Place::Var(o) => self.write_var(*o, v),
            Place::Part(vars, _) => {
                for (&var, &x) in vars.iter().zip(v.regs().iter()) {
                    self.b.def_var(var, x);
                }
            }
            Place::Addr(a, t) => self.store(*a, *t, v),
            Place::Elem { .. } => {
                let Place::Addr(a, t) = self.settle_place(place.clone()) else {
                    unreachable!("a settled element is an address")
                };
                self.store(a, t, v)
            }
            Place::MapElem { m, key, map } => self.map_store(*m, key, *map, v),
            Place::Blank => {}
        }
    }

    pub fn place_type(&self, place: &Place) -> Option<TypeId> {
        match place {
            Place::Var(o) => Some(self.var_type(*o)),
            Place::Part(_, t) | Place::Addr(_, t) | Place::Elem { elem: t, .. } => Some(*t),
            Place::MapElem { map, .. } => Some(crate::maps::map_kv(self.p, *map).1),
            Place::Blank => None,
        }
    }

    // -- checks -------------------------------------------------------------------------------

    /// Continues where `bad` is false; where it is true, calls the runtime
    /// entry `rt` (which panics) with g and the arguments `args` makes in
    /// the cold block.
    pub fn panic_if(&mut self, bad: Value, rt: &str, args: impl FnOnce(&mut Self) -> Vec<Value>) {
        self.cold_panic(bad, true, rt, args)
    }

    /// Continues where `ok` is true; elsewhere as [`Self::panic_if`].
    pub fn panic_unless(
        &mut self,
        ok: Value,
        rt: &str,
        args: impl FnOnce(&mut Self) -> Vec<Value>,
    ) {
        self.cold_panic(ok, false, rt, args)
    }

    fn cold_panic(
        &mut self,
        cond: Value,
        panic_when: bool,
        rt: &str,
        args: impl FnOnce(&mut Self) -> Vec<Value>,
    ) {
        let pb = self.b.create_block();
        let ok = self.b.create_block();
        if panic_when {
            self.branch(cond, pb, ok);
        } else {
            self.branch(cond, ok, pb);
        }
        self.switch_to(pb);
        self.b.set_cold_block(pb);
        self.b.seal_block(pb);
        let mut a = vec![self.g];
        a.extend(args(self));
        self.call_rt(rt, &a);
        self.b
            .ins()
            .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
        self.filled = true;
        self.switch_to(ok);
        self.b.seal_block(ok);
    }

    pub fn nil_check(&mut self, p: Value) {
        if self.nonnil.contains(&p) {
            return;
        }
        let isnil = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        self.panic_if(isnil, "gorun_panic_nil", |_| vec![]);
    }

    /// Panics unless `0 <= i < len` (unsigned compare covers negatives).
    pub fn bounds_check(&mut self, i: Value, len: Value, code: u64, signed: bool) {
        let ok_c = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.bounds_fail_unless(ok_c, code, i, len, signed);
    }

    /// Panics with a bounds error unless `cond`.
    pub fn bounds_fail_unless(&mut self, cond: Value, code: u64, x: Value, y: Value, signed: bool) {
        self.panic_unless(cond, "gorun_panic_bounds", |cx| {
            let c = cx.b.ins().iconst(types::I64, code as i64);
            let s = cx.b.ins().iconst(types::I64, signed as i64);
            vec![c, x, y, s]
        });
    }

    /// An index operand widened to 64 bits.
    pub fn index_value(&mut self, e: &'p Expr) -> Value {
        let t = self.type_of(e);
        let v = self.expr(e).v();
        self.widen(v, t)
    }

    /// A value widened to I64 (sign- or zero-extended by its Go type).
    pub fn widen(&mut self, v: Value, t: TypeId) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        if ty.bits() >= 64 || ty.is_float() {
            return v;
        }
        if self.is_signed(t) {
            self.b.ins().sextend(types::I64, v)
        } else {
            self.b.ins().uextend(types::I64, v)
        }
    }
}

fn int_cc(op: BinaryOp, signed: bool) -> IntCC {
    match (op, signed) {
        (BinaryOp::Eq, _) => IntCC::Equal,
        (BinaryOp::Ne, _) => IntCC::NotEqual,
        (BinaryOp::Lt, true) => IntCC::SignedLessThan,
        (BinaryOp::Le, true) => IntCC::SignedLessThanOrEqual,
        (BinaryOp::Gt, true) => IntCC::SignedGreaterThan,
        (BinaryOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
        (BinaryOp::Lt, false) => IntCC::UnsignedLessThan,
        (BinaryOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
        (BinaryOp::Gt, false) => IntCC::UnsignedGreaterThan,
        _ => IntCC::UnsignedGreaterThanOrEqual,
    }
}

#[allow(dead_code)]
fn _unused(_: CKind) {}
