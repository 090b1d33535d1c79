//! Selectors, indexing, slicing, composite literals, strings and
//! interface values.
//!
//! An interface value is `{type or itab, data}`; the data word is the value
//! itself for pointer-shaped types and otherwise points to a heap copy
//! (`layout::is_direct_iface`). An empty interface's first word is the
//! dynamic type's descriptor; a non-empty interface's is an itab
//! (`gorun_runtime::types::Itab`) whose second word is that descriptor.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};
use gorun_frontend::syntax::ast::{BinaryOp, Expr, ExprKind};
use gorun_frontend::types::{Mode, ObjKind, SelectionKind, Type, TypeId};
use gorun_runtime::panic::bounds;
use smallvec::smallvec;

use crate::func::{FnCx, Local, Val, trusted};
use crate::layout::{Repr, is_direct_iface, repr};

impl<'a, 'p> FnCx<'a, 'p> {
    // -- selectors ---------------------------------------------------------------------

    pub fn selector(&mut self, e: &'p Expr) -> Val {
        let ExprKind::Selector { x, sel } = &e.kind else {
            unreachable!()
        };
        let t = self.type_of(e);
        let Some(s) = self.sel(e.id).cloned() else {
            // A package-qualified name.
            let Some(obj) = self.use_of(sel.id) else {
                return self.zero(t);
            };
            return match &self.p.obj(obj).kind {
                ObjKind::Var { .. } => self.read_var(obj),
                ObjKind::Func { .. } => {
                    let f = self.u.decl_func(obj);
                    let d = self.u.static_closure(f);
                    Val::one(self.data_addr(d))
                }
                _ => self.zero(t),
            };
        };
        match s.kind {
            SelectionKind::FieldVal => {
                let xt = self.type_of(x);
                // A field of a struct held in registers (a computed value or
                // a register variable): its components, without a trip
                // through memory.
                if !s.indirect
                    && (!self.is_addressable(x) || self.is_register_var(x))
                    && let Some(v) = self.field_of_regs(x, xt, &s.index, t)
                {
                    return v;
                }
                if self.is_addressable(x) || matches!(self.p.ty(self.p.under(xt)), Type::Pointer(_))
                {
                    let a = self.addr_of(e);
                    return self.load(a, t);
                }
                // A field of a computed struct value.
                let v = self.expr(x);
                let base = self.spill(v, xt);
                let a = self.field_path_addr(base, xt, &s.index);
                self.load(a, t)
            }
            SelectionKind::MethodVal => self.method_value(e, x, &s),
            SelectionKind::MethodExpr => self.method_expr(e, &s),
        }
    }

    /// Whether `e` names a local variable held in registers.
    fn is_register_var(&self, e: &Expr) -> bool {
        if e.as_ident().is_none() {
            return false;
        }
        self.use_of(e.id)
            .is_some_and(|o| matches!(self.locals.get(&o), Some((Local::Regs(_), _))))
    }

    /// Field `path` (of type `t`) of struct expression `x` (of type `xt`),
    /// if `x`'s value and the field are held in registers: the components
    /// of `x` that lie within the field. None leaves `x` unevaluated.
    fn field_of_regs(&mut self, x: &'p Expr, xt: TypeId, path: &[usize], t: TypeId) -> Option<Val> {
        let (Repr::Regs(xcomps), Repr::Regs(fcomps)) = (repr(self.p, xt), repr(self.p, t)) else {
            return None;
        };
        // The field's offset; the path crosses no pointer (not indirect).
        let mut off = 0i64;
        let mut st = xt;
        for &i in path {
            let Type::Struct(s) = self.under(st).clone() else {
                return None;
            };
            off += self.p.offsetsof(&s.fields)[i];
            st = self.obj_type(s.fields[i]);
        }
        let size = self.p.sizeof(t);
        let picked: Vec<usize> = xcomps
            .iter()
            .enumerate()
            .filter(|(_, c)| (c.offset as i64) >= off && (c.offset as i64) < off + size)
            .map(|(k, _)| k)
            .collect();
        if picked.len() != fcomps.len()
            || picked.iter().zip(fcomps.iter()).any(|(&k, f)| {
                xcomps[k].ty != f.ty || xcomps[k].offset as i64 - off != f.offset as i64
            })
        {
            return None;
        }
        match self.expr(x) {
            Val::Regs(regs) => Some(Val::Regs(picked.iter().map(|&k| regs[k]).collect())),
            Val::Mem(a) => {
                let fa = self.b.ins().iadd_imm_s(a, off);
                Some(self.load(fa, t))
            }
        }
    }

    /// Whether `e` designates a variable (or part of one) in memory.
    pub fn is_addressable(&self, e: &Expr) -> bool {
        matches!(self.tv(e.id), Some(tv) if tv.mode == Mode::Variable)
    }

    // -- indexing -------------------------------------------------------------------------

    pub fn index_expr(&mut self, e: &'p Expr, x: &'p Expr, indices: &'p [Expr]) -> Val {
        let t = self.type_of(e);
        let xt = self.type_of(x);
        // `x.M[int]` as a value: a method value of the instance.
        if let ExprKind::Selector { x: rx, .. } = &x.unparen().kind
            && let Some(s) = self.sel(x.unparen().id).cloned()
            && s.kind == SelectionKind::MethodVal
        {
            return self.method_value(x.unparen(), rx, &s);
        }
        // `F[int]` as a value: the instance's closure.
        if let Some(o) = self.instance_named(x) {
            let f = self.u.decl_func(o);
            let d = self.u.static_closure(f);
            return Val::one(self.data_addr(d));
        }
        if indices.len() > 1 {
            self.unsupported(e, "generic instantiation");
            return self.zero(t);
        }
        match self.p.ty(self.p.under(xt)).clone() {
            Type::Basic(_) => {
                // A string's byte.
                let s = self.expr(x);
                let (ptr, len) = (s.regs()[0], s.regs()[1]);
                let i = self.index_value(&indices[0]);
                let signed = self.is_signed_t(self.type_of(&indices[0]));
                self.bounds_check(i, len, bounds::INDEX, signed);
                let a = self.b.ins().iadd(ptr, i);
                Val::one(self.b.ins().load(types::I8, trusted(), a, 0))
            }
            Type::Map { .. } => self.map_index(x, &indices[0]),
            Type::Array { .. } if !self.is_addressable(x) => {
                let v = self.expr(x);
                let base = self.spill(v, xt);
                let (len, elem) = match self.p.ty(self.p.under(xt)) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, t),
                };
                let i = self.index_value(&indices[0]);
                let l = self.b.ins().iconst(types::I64, len);
                let signed = self.is_signed_t(self.type_of(&indices[0]));
                self.bounds_check(i, l, bounds::INDEX, signed);
                let a = self.elem_addr(base, i, elem);
                self.load(a, t)
            }
            _ => {
                let a = self.addr_of(e);
                self.load(a, t)
            }
        }
    }

    pub fn is_signed_t(&self, t: TypeId) -> bool {
        self.p.is_integer(t) && !self.p.is_unsigned(t)
    }

    // -- slicing ----------------------------------------------------------------------------

    pub fn slice_expr(&mut self, e: &'p Expr) -> Val {
        let ExprKind::Slice {
            x, low, high, max, ..
        } = &e.kind
        else {
            unreachable!()
        };
        let xt = self.type_of(x);
        let et = self.type_of(e);
        // The base pointer, length and capacity of the operand.
        let (ptr, len, cap, elem, is_string) = match self.p.ty(self.p.under(xt)).clone() {
            Type::Basic(_) => {
                let s = self.expr(x);
                (
                    s.regs()[0],
                    s.regs()[1],
                    s.regs()[1],
                    self.p.universe.byte,
                    true,
                )
            }
            Type::Slice(elem) => {
                let s = self.expr(x);
                (s.regs()[0], s.regs()[1], s.regs()[2], elem, false)
            }
            Type::Array { len, elem } => {
                let a = self.addr_of(x);
                let l = self.b.ins().iconst(types::I64, len);
                (a, l, l, elem, false)
            }
            Type::Pointer(pt) => {
                let (len, elem) = match self.p.ty(self.p.under(pt)) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, pt),
                };
                let a = self.expr(x).v();
                self.nil_check(a);
                let l = self.b.ins().iconst(types::I64, len);
                (a, l, l, elem, false)
            }
            _ => {
                self.unsupported(e, "slice of this operand");
                return self.zero(et);
            }
        };
        let lo = match low {
            Some(l) => self.index_value(l),
            None => self.b.ins().iconst(types::I64, 0),
        };
        let hi = match high {
            Some(h) => self.index_value(h),
            None => len,
        };
        let mx = match max {
            Some(m) => self.index_value(m),
            None => cap,
        };
        // Go's checks, from the right: max <= cap, high <= max, low <= high.
        let signed_of = |cx: &Self, o: &Option<Box<Expr>>| {
            o.as_ref().is_some_and(|e| cx.is_signed_t(cx.type_of(e)))
        };
        if max.is_some() {
            let c = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, mx, cap);
            let s = signed_of(self, max);
            self.bounds_fail_unless(c, bounds::SLICE3_ACAP, mx, cap, s);
            let c2 = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, hi, mx);
            let s2 = signed_of(self, high);
            self.bounds_fail_unless(c2, bounds::SLICE3_B, hi, mx, s2);
            let c3 = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, lo, hi);
            let s3 = signed_of(self, low);
            self.bounds_fail_unless(c3, bounds::SLICE3_C, lo, hi, s3);
        } else {
            if high.is_some() {
                let c = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, hi, cap);
                let code = if is_string {
                    bounds::SLICE_ALEN
                } else {
                    bounds::SLICE_ACAP
                };
                let s = signed_of(self, high);
                self.bounds_fail_unless(c, code, hi, cap, s);
            }
            let c2 = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, lo, hi);
            let s2 = signed_of(self, low);
            self.bounds_fail_unless(c2, bounds::SLICE_B, lo, hi, s2);
        }
        let es = self.p.sizeof(elem).max(0);
        let newlen = self.b.ins().isub(hi, lo);
        let newcap = self.b.ins().isub(mx, lo);
        // Don't make a pointer past the end of the array for an empty result.
        let off = self.b.ins().imul_imm_s(lo, es);
        let zero = self.b.ins().iconst(types::I64, 0);
        let capz = self.b.ins().icmp_imm_s(IntCC::Equal, newcap, 0);
        let off = self.b.ins().select(capz, zero, off);
        let newptr = self.b.ins().iadd(ptr, off);
        if is_string {
            Val::Regs(smallvec![newptr, newlen])
        } else {
            Val::Regs(smallvec![newptr, newlen, newcap])
        }
    }

    // -- composite literals ---------------------------------------------------------------

    pub fn composite_lit(&mut self, e: &'p Expr) -> Val {
        let t = self.type_of(e);
        // An element literal whose type was elided from `*T` is `&T{…}`:
        // the checker records the pointer type.
        if let Type::Pointer(base) = self.p.ty(self.p.under(t)).clone() {
            let v = self.composite_lit_of(e, base);
            let cell = self.heap_alloc(base);
            self.store(cell, base, &v);
            return Val::one(cell);
        }
        self.composite_lit_of(e, t)
    }

    /// The value of composite literal `e` as type `t`.
    fn composite_lit_of(&mut self, e: &'p Expr, t: TypeId) -> Val {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            unreachable!()
        };
        match self.p.ty(self.p.under(t)).clone() {
            Type::Struct(s) => {
                let tmp = self.temp(t);
                let size = self.p.sizeof(t).max(0) as u32;
                self.zero_mem(tmp, size, 8);
                let offs = self.p.offsetsof(&s.fields);
                for (i, el) in elts.iter().enumerate() {
                    let (fi, ve) = match &el.kind {
                        ExprKind::KeyValue { key, value, .. } => {
                            let name = key.as_ident();
                            let fi = s
                                .fields
                                .iter()
                                .position(|&f| Some(self.p.obj(f).name) == name)
                                .unwrap_or(i);
                            (fi, &**value)
                        }
                        _ => (i, el),
                    };
                    let Some(&f) = s.fields.get(fi) else { continue };
                    let ft = self.obj_type(f);
                    let v = self.expr_to(ve, ft);
                    let a = self.b.ins().iadd_imm_s(tmp, offs[fi].max(0));
                    self.store(a, ft, &v);
                }
                self.load(tmp, t)
            }
            Type::Array { len, elem } => {
                let tmp = self.temp(t);
                let size = self.p.sizeof(t).max(0) as u32;
                self.zero_mem(tmp, size, 8);
                self.fill_elems(tmp, elem, elts, len);
                self.load(tmp, t)
            }
            Type::Slice(elem) => {
                let n = self.literal_len(elts);
                let backing = if n == 0 {
                    self.b.ins().iconst(types::I64, 0)
                } else {
                    self.heap_alloc_n(elem, n)
                };
                self.fill_elems(backing, elem, elts, n);
                let l = self.b.ins().iconst(types::I64, n);
                if n == 0 {
                    // []T{} is an empty, non-nil slice.
                    let z = self.zerobase();
                    return Val::Regs(smallvec![z, l, l]);
                }
                Val::Regs(smallvec![backing, l, l])
            }
            Type::Map { .. } => self.map_lit(t, elts),
            _ => self.zero(t),
        }
    }

    /// The address Go uses for zero-size allocations (non-nil).
    pub fn zerobase(&mut self) -> Value {
        let d = self.u.zerobase();
        self.data_addr(d)
    }

    /// The length of an array or slice literal (max key + 1).
    fn literal_len(&self, elts: &[Expr]) -> i64 {
        let mut i: i64 = 0;
        let mut max: i64 = 0;
        for el in elts {
            if let ExprKind::KeyValue { key, .. } = &el.kind
                && let Some(tv) = self.tv(key.id)
                && let Some(v) = &tv.val
            {
                i = v.to_int().int64_val().unwrap_or(i);
            }
            i += 1;
            max = max.max(i);
        }
        max
    }

    fn fill_elems(&mut self, base: Value, elem: TypeId, elts: &'p [Expr], _len: i64) {
        let es = self.p.sizeof(elem).max(0);
        let mut i: i64 = 0;
        for el in elts {
            let ve = match &el.kind {
                ExprKind::KeyValue { key, value, .. } => {
                    if let Some(tv) = self.tv(key.id)
                        && let Some(v) = &tv.val
                    {
                        i = v.to_int().int64_val().unwrap_or(i);
                    }
                    &**value
                }
                _ => el,
            };
            let v = self.expr_to(ve, elem);
            let a = self.b.ins().iadd_imm_s(base, i * es);
            self.store(a, elem, &v);
            i += 1;
        }
    }

    // -- strings --------------------------------------------------------------------------

    /// Concatenation of strings.
    pub fn concat(&mut self, parts: &[Val]) -> Val {
        let n = parts.len();
        let slot = self.new_slot((16 * n) as u32, 8);
        let base = self.b.ins().stack_addr(types::I64, slot, 0);
        for (i, p) in parts.iter().enumerate() {
            self.b
                .ins()
                .store(trusted(), p.regs()[0], base, (16 * i) as i32);
            self.b
                .ins()
                .store(trusted(), p.regs()[1], base, (16 * i + 8) as i32);
        }
        let nv = self.b.ins().iconst(types::I64, n as i64);
        let null = self.b.ins().iconst(types::I64, 0);
        let r = self.call_rt("gorun_concatstrings", &[self.g, null, base, nv]);
        Val::Regs(smallvec![r[0], r[1]])
    }

    pub fn compare_strings(&mut self, op: BinaryOp, x: Val, y: Val) -> Value {
        let (xp, xl, yp, yl) = (x.regs()[0], x.regs()[1], y.regs()[0], y.regs()[1]);
        match op {
            BinaryOp::Eq | BinaryOp::Ne => {
                let r = self.call_rt("gorun_strequal", &[xp, xl, yp, yl])[0];
                if op == BinaryOp::Eq {
                    r
                } else {
                    self.b.ins().bxor_imm_s(r, 1)
                }
            }
            _ => {
                let c = self.call_rt("gorun_cmpstring", &[self.g, xp, xl, yp, yl])[0];
                let cc = match op {
                    BinaryOp::Lt => IntCC::SignedLessThan,
                    BinaryOp::Le => IntCC::SignedLessThanOrEqual,
                    BinaryOp::Gt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                self.b.ins().icmp_imm_s(cc, c, 0)
            }
        }
    }

    // -- interfaces ---------------------------------------------------------------------------

    /// Boxes a concrete value of type `from` into interface type `to`.
    pub fn make_iface(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let tab = self.iface_tab(from, to);
        let data = self.box_data(v, from);
        Val::Regs(smallvec![tab, data])
    }

    /// The first word of an interface of type `to` holding a `from`: the
    /// type descriptor, or the itab for a non-empty interface.
    pub fn iface_tab(&mut self, from: TypeId, to: TypeId) -> Value {
        if self.is_empty_iface(to) {
            self.rtype_addr(from)
        } else {
            let d = self.u.itab(to, from);
            self.data_addr(d)
        }
    }

    pub fn is_empty_iface(&self, t: TypeId) -> bool {
        let u = self.p.under(t);
        matches!(self.p.ty(u), Type::Interface(_))
            && self.p.interface_type_set(u).methods.is_empty()
    }

    /// The data word for a value of type `t` in an interface.
    pub fn box_data(&mut self, v: Val, t: TypeId) -> Value {
        if is_direct_iface(self.p, t) {
            // A pointer-shaped value: itself (the single component).
            return match v {
                Val::Regs(r) => r
                    .first()
                    .copied()
                    .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0)),
                Val::Mem(a) => self.b.ins().load(types::I64, trusted(), a, 0),
            };
        }
        if self.p.sizeof(t) == 0 {
            return self.zerobase();
        }
        let cell = self.heap_alloc(t);
        self.store(cell, t, &v);
        cell
    }

    /// Converts between interface types (the dynamic type must implement
    /// `to`; the checker has proved it statically).
    pub fn iface_to_iface(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let (tab, data) = (v.regs()[0], v.regs()[1]);
        let dyn_t = self.dyn_type(tab, from);
        if self.is_empty_iface(to) {
            return Val::Regs(smallvec![dyn_t, data]);
        }
        // Look the itab up at run time.
        let it = self.rtype_addr(to);
        let r = self.call_rt("gorun_getitab", &[self.g, it, dyn_t])[0];
        Val::Regs(smallvec![r, data])
    }

    /// The dynamic type descriptor of an interface value's first word.
    pub fn dyn_type(&mut self, tab: Value, t: TypeId) -> Value {
        if self.is_empty_iface(t) {
            return tab;
        }
        // itab.typ, or nil for a nil interface.
        let isnil = self.b.ins().icmp_imm_s(IntCC::Equal, tab, 0);
        let safe = self.b.ins().select(isnil, self.g, tab);
        let typ = self.b.ins().load(types::I64, trusted(), safe, 8);
        let z = self.b.ins().iconst(types::I64, 0);
        self.b.ins().select(isnil, z, typ)
    }

    pub fn compare_ifaces(&mut self, op: BinaryOp, x: Val, y: Val, t: TypeId) -> Value {
        let xt = self.dyn_type(x.regs()[0], t);
        let yt = self.dyn_type(y.regs()[0], t);
        let r = self.call_rt("gorun_efaceeq", &[self.g, xt, x.regs()[1], yt, y.regs()[1]])[0];
        if op == BinaryOp::Eq {
            r
        } else {
            self.b.ins().bxor_imm_s(r, 1)
        }
    }

    /// `x.(T)` (or the comma-ok form): the value and the ok flag.
    pub fn type_assert(&mut self, e: &'p Expr, comma_ok: bool) -> (Val, Value) {
        let ExprKind::TypeAssert { x, .. } = &e.kind else {
            unreachable!()
        };
        let xt = self.type_of(x);
        let tt = self.result_type_of_assert(e);
        let xv = self.expr(x);
        let (tab, data) = (xv.regs()[0], xv.regs()[1]);
        let dynt = self.dyn_type(tab, xt);
        if self.p.is_interface(tt) {
            let first = if self.is_empty_iface(tt) {
                dynt
            } else {
                let it = self.rtype_addr(tt);
                self.call_rt("gorun_getitab", &[self.g, it, dynt])[0]
            };
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, first, 0);
            if !comma_ok {
                self.panic_unless(ok, "gorun_panic_assert", |cx| {
                    vec![cx.rtype_addr(xt), dynt, cx.rtype_addr(tt)]
                });
            }
            // A failed comma-ok assertion yields the nil interface.
            let z = self.b.ins().iconst(types::I64, 0);
            let d = self.b.ins().select(ok, data, z);
            let one = self.b.ins().iconst(types::I8, 1);
            let ok = if comma_ok { ok } else { one };
            return (Val::Regs(smallvec![first, d]), ok);
        }
        let want = self.rtype_addr(tt);
        let ok = self.b.ins().icmp(IntCC::Equal, dynt, want);
        if !comma_ok {
            self.panic_unless(ok, "gorun_panic_assert", |cx| {
                vec![cx.rtype_addr(xt), dynt, want]
            });
            let v = self.unbox(data, tt);
            let one = self.b.ins().iconst(types::I8, 1);
            return (v, one);
        }
        // Comma-ok: the value if it matched, else the zero value.
        let yes = self.b.create_block();
        let done = self.b.create_block();
        let no = self.b.create_block();
        let tmp = self.temp(tt);
        self.branch(ok, yes, no);
        self.switch_to(yes);
        self.b.seal_block(yes);
        let v = self.unbox(data, tt);
        self.store(tmp, tt, &v);
        self.jump(done);
        self.switch_to(no);
        self.b.seal_block(no);
        let z = self.zero(tt);
        self.store(tmp, tt, &z);
        self.jump(done);
        self.switch_to(done);
        self.b.seal_block(done);
        let v = self.load(tmp, tt);
        (v, ok)
    }

    pub fn result_type_of_assert(&self, e: &Expr) -> TypeId {
        let ExprKind::TypeAssert { typ: Some(t), .. } = &e.kind else {
            return self.type_of(e);
        };
        match self.tv(t.id) {
            Some(tv) => tv.typ,
            None => self.type_of(e),
        }
    }

    /// The value of type `t` held by an interface's data word.
    pub fn unbox(&mut self, data: Value, t: TypeId) -> Val {
        if is_direct_iface(self.p, t) {
            return match self.repr(t) {
                Repr::Regs(c) if c.len() == 1 => Val::one(data),
                _ => {
                    let tmp = self.temp(t);
                    self.b.ins().store(trusted(), data, tmp, 0);
                    self.load(tmp, t)
                }
            };
        }
        self.load(data, t)
    }

    /// A `[]any`-style slice of interface values built from the operands
    /// (variadic argument packing).
    pub fn make_slice_of(&mut self, elem: TypeId, vals: Vec<Val>) -> Val {
        let n = vals.len() as i64;
        if n == 0 {
            let z = self.b.ins().iconst(types::I64, 0);
            return Val::Regs(smallvec![z, z, z]);
        }
        let base = self.heap_alloc_n(elem, n);
        let es = self.p.sizeof(elem).max(0);
        for (i, v) in vals.iter().enumerate() {
            let a = self.b.ins().iadd_imm_s(base, i as i64 * es);
            self.store(a, elem, v);
        }
        let l = self.b.ins().iconst(types::I64, n);
        Val::Regs(smallvec![base, l, l])
    }
}
