//! Calls, conversions, builtins, closures, method values and `go`.
//!
//! A call passes `g`, the closure record (for calls through func values;
//! null for direct calls), pointers for results that live in memory, then
//! the receiver and arguments as `abi.rs` lays them out.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};
use cranelift_module::Module;
use gorun_frontend::syntax::ast::{Expr, ExprKind};
use gorun_frontend::types::{
    BasicKind, Builtin, Mode, ObjId, ObjKind, Selection, SelectionKind, Type, TypeId, info,
};
use smallvec::smallvec;

use crate::abi::{FnAbi, Slot};
use crate::func::{FnCx, Val, trusted};
use crate::layout::Repr;
use crate::unit::{FnKey, Work};

/// What a call expression calls.
enum Callee {
    /// A declared function or method (receiver value first, if a method).
    Direct(ObjId, Option<(Val, TypeId)>),
    /// A func value (a closure record pointer).
    Value(Value),
    /// An interface method: the itab's code, with the data word as receiver.
    Iface { code: Value, data: Value },
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// Compiles a call (or conversion, or builtin call) and returns its
    /// results.
    pub fn call(&mut self, e: &'p Expr) -> Vec<Val> {
        let ExprKind::Call {
            fun,
            lparen,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            unreachable!()
        };
        let lparen = *lparen;
        let fun0 = fun.unparen();
        let ftv = self.tv(fun0.id).cloned();
        match ftv.as_ref().map(|t| t.mode) {
            Some(Mode::TypExpr) => {
                let to = self.type_of(e);
                let v = self.conversion(&args[0], to);
                return vec![v];
            }
            Some(Mode::Builtin) => return self.builtin(e, fun0, args, ellipsis.is_some()),
            _ => {}
        }
        let Some(ftv) = ftv else { return vec![] };
        let sig_t = self.p.under(ftv.typ);
        let Some(sig) = self.p.signature(sig_t).cloned() else {
            return vec![];
        };
        let callee = self.callee(fun0);
        // A generic function's instance has the concrete signature (the
        // checker may record the generic one at the name).
        let sig = match &callee {
            Callee::Direct(o, None) if !sig.tparams.is_empty() => {
                match self.p.signature(self.p.obj_type(*o)) {
                    Some(s) if s.tparams.is_empty() => s.clone(),
                    _ => {
                        self.unsupported(e, "generic call");
                        return vec![];
                    }
                }
            }
            _ if !sig.tparams.is_empty() => {
                self.unsupported(e, "generic call");
                return vec![];
            }
            _ => sig,
        };
        // Arguments, converted to the parameter types, packed for variadics.
        let ptypes: Vec<TypeId> = self
            .p
            .tuple(sig.params)
            .iter()
            .map(|&v| self.obj_type(v))
            .collect();
        let argvals = self.call_args(args, &ptypes, sig.variadic && ellipsis.is_none());
        let rtypes: Vec<TypeId> = self
            .p
            .tuple(sig.results)
            .iter()
            .map(|&v| self.obj_type(v))
            .collect();
        if let Callee::Direct(f, None) = &callee
            && let Some(v) = self.intrinsic(*f, &argvals)
        {
            return vec![v];
        }
        // gc's position of a call (tracebacks, runtime.Caller) is its
        // opening parenthesis: `}()` of a called literal, `M(` of `x.\n M()`.
        self.set_pos(lparen);
        self.emit_call(callee, &ptypes, argvals, &rtypes)
    }

    /// Evaluates the arguments of a call for parameters `ptypes`; with
    /// `pack`, the trailing arguments form the variadic slice.
    pub fn call_args(&mut self, args: &'p [Expr], ptypes: &[TypeId], pack: bool) -> Vec<Val> {
        // f(g()) with g multi-valued.
        if args.len() == 1
            && let ExprKind::Call { .. } = args[0].unparen().kind
            && let Some(tv) = self.tv(args[0].id)
            && matches!(self.p.ty(tv.typ), Type::Tuple(_))
        {
            let inner_types: Vec<TypeId> = self
                .p
                .tuple(tv.typ)
                .iter()
                .map(|&v| self.obj_type(v))
                .collect();
            let vals = self.call(args[0].unparen());
            let mut out = Vec::new();
            let nfixed = if pack { ptypes.len() - 1 } else { ptypes.len() };
            let mut rest = Vec::new();
            for (i, v) in vals.into_iter().enumerate() {
                let from = inner_types
                    .get(i)
                    .copied()
                    .unwrap_or(self.p.universe.invalid);
                if i < nfixed {
                    out.push(self.convert_assign(v, from, ptypes[i]));
                } else if pack {
                    let et = self.slice_elem(ptypes[nfixed]);
                    rest.push(self.convert_assign(v, from, et));
                }
            }
            if pack {
                let et = self.slice_elem(ptypes[nfixed]);
                out.push(self.make_slice_of(et, rest));
            }
            return out;
        }
        let nfixed = if pack { ptypes.len() - 1 } else { ptypes.len() };
        let targets: Vec<TypeId> = (0..args.len())
            .map(|i| {
                if i < nfixed {
                    ptypes[i]
                } else {
                    self.slice_elem(ptypes[nfixed])
                }
            })
            .collect();
        // gc evaluates the calls among the arguments first, left to right,
        // and reads the other operands after them: Println(v, inc(&v))
        // prints the incremented v.
        let mut vals: Vec<Option<Val>> = vec![None; args.len()];
        for pass in [true, false] {
            for (i, a) in args.iter().enumerate() {
                if self.is_call(a) == pass {
                    vals[i] = Some(self.expr_to(a, targets[i]));
                }
            }
        }
        let mut vals = vals
            .into_iter()
            .map(|v| v.expect("every argument evaluated"));
        let mut out: Vec<Val> = vals.by_ref().take(nfixed).collect();
        if pack {
            let et = self.slice_elem(ptypes[nfixed]);
            let rest = vals.collect();
            out.push(self.make_slice_of(et, rest));
        }
        out
    }

    /// Whether `e` is a function call or a receive (conversions and
    /// builtins without effects are not): what gc orders before the other
    /// operands of an argument list.
    fn is_call(&self, e: &Expr) -> bool {
        match &e.unparen().kind {
            ExprKind::Unary {
                op: gorun_frontend::syntax::ast::UnaryOp::Recv,
                ..
            } => true,
            ExprKind::Call { fun, .. } => !matches!(
                self.tv(fun.unparen().id).map(|t| t.mode),
                Some(Mode::TypExpr) | Some(Mode::Builtin)
            ),
            _ => false,
        }
    }

    fn slice_elem(&self, t: TypeId) -> TypeId {
        match self.p.ty(self.p.under(t)) {
            Type::Slice(e) => *e,
            _ => t,
        }
    }

    /// The generic function instance `x` names in `x[targs]`, if it does.
    pub fn instance_named(&self, x: &Expr) -> Option<ObjId> {
        let x = x.unparen();
        let name = match &x.kind {
            ExprKind::Selector { sel, .. } => sel.id,
            _ => x.id,
        };
        self.use_of(name)
            .filter(|o| self.u.mono.insts.contains_key(o))
    }

    /// What `fun` denotes as a callee.
    fn callee(&mut self, fun: &'p Expr) -> Callee {
        match &fun.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.use_of(fun.id)
                    && matches!(self.p.obj(o).kind, ObjKind::Func { .. })
                {
                    return Callee::Direct(o, None);
                }
            }
            // An explicit instantiation, `F[int]` or `pkg.F[int]`, or of
            // a method with type parameters, `x.M[int]` (as `x.M`).
            ExprKind::Index { x, .. } => {
                if let ExprKind::Selector { .. } = x.unparen().kind
                    && self
                        .sel(x.unparen().id)
                        .is_some_and(|s| s.kind == SelectionKind::MethodVal)
                {
                    return self.callee(x.unparen());
                }
                if let Some(o) = self.instance_named(x) {
                    return Callee::Direct(o, None);
                }
            }
            ExprKind::Selector { x, sel } => match self.sel(fun.id).cloned() {
                None => {
                    if let Some(o) = self.use_of(sel.id)
                        && matches!(self.p.obj(o).kind, ObjKind::Func { .. })
                    {
                        return Callee::Direct(o, None);
                    }
                }
                Some(s) if s.kind == SelectionKind::MethodVal => {
                    // A method with type parameters of its own: the
                    // instance this use names.
                    let m = self.instance_named(fun).unwrap_or(s.obj);
                    let recv_t = self.method_recv_type(m);
                    let xt = self.type_of(x);
                    if self.p.is_interface(xt) && !self.p.is_type_param(xt) {
                        // An interface method: dispatch through the itab.
                        let xv = self.expr(x);
                        return self.iface_method_callee(xv, xt, &s);
                    }
                    if self.p.is_interface(recv_t) {
                        // Promoted from an embedded interface field: load
                        // that interface value and dispatch through it.
                        let rv = self.method_receiver(x, &s, recv_t);
                        let path = &s.index[..s.index.len() - 1];
                        let it = self.embedded_type(xt, path);
                        return self.iface_callee(rv, it, m);
                    }
                    let rv = self.method_receiver(x, &s, recv_t);
                    return Callee::Direct(m, Some((rv, recv_t)));
                }
                _ => {}
            },
            _ => {}
        }
        let fv = self.expr(fun).v();
        Callee::Value(fv)
    }

    /// The receiver type a method declares.
    pub fn method_recv_type(&self, m: ObjId) -> TypeId {
        let s = self.p.signature(self.obj_type(m));
        s.and_then(|s| s.recv)
            .map(|r| self.obj_type(r))
            .unwrap_or(self.p.universe.invalid)
    }

    /// The receiver value for calling method `s.obj` on `x`: follows
    /// embedded fields, and takes the address or dereferences as the
    /// method's receiver needs.
    fn method_receiver(&mut self, x: &'p Expr, s: &Selection, recv_t: TypeId) -> Val {
        let want_ptr = matches!(self.p.ty(recv_t), Type::Pointer(_));
        let xt = self.type_of(x);
        let x_is_ptr = matches!(self.p.ty(self.p.under(xt)), Type::Pointer(_));
        let path = &s.index[..s.index.len().saturating_sub(1)];
        // The address of the (embedded) receiver, when one is needed.
        if !path.is_empty() || want_ptr {
            let base = if x_is_ptr {
                let p = self.expr(x).v();
                if want_ptr && path.is_empty() {
                    return Val::one(p);
                }
                self.nil_check(p);
                p
            } else if self.is_addressable(x) {
                self.addr_of(x)
            } else {
                let v = self.expr(x);
                self.spill(v, xt)
            };
            let bt = match self.p.ty(self.p.under(xt)) {
                Type::Pointer(b) => *b,
                _ => xt,
            };
            let a = if path.is_empty() {
                base
            } else {
                self.field_path_addr(base, bt, path)
            };
            // The embedded field's own type.
            let ft = self.embedded_type(bt, path);
            let ft_is_ptr = matches!(self.p.ty(self.p.under(ft)), Type::Pointer(_));
            return match (want_ptr, ft_is_ptr) {
                (true, true) | (false, true) => {
                    let p = self.b.ins().load(types::I64, trusted(), a, 0);
                    if want_ptr {
                        Val::one(p)
                    } else {
                        self.nil_check(p);
                        self.load(p, recv_t)
                    }
                }
                (true, false) => Val::one(a),
                (false, false) => self.load(a, recv_t),
            };
        }
        if x_is_ptr {
            let p = self.expr(x).v();
            self.nil_check(p);
            return self.load(p, recv_t);
        }
        let v = self.expr(x);
        self.copy_val(v, recv_t)
    }

    /// The type of the field reached by `path` from struct type `t`.
    fn embedded_type(&self, mut t: TypeId, path: &[usize]) -> TypeId {
        for &i in path {
            if let Type::Pointer(b) = self.p.ty(self.p.under(t)) {
                t = *b;
            }
            match self.p.ty(self.p.under(t)) {
                Type::Struct(s) => t = self.obj_type(s.fields[i]),
                _ => break,
            }
        }
        t
    }

    fn iface_method_callee(&mut self, xv: Val, xt: TypeId, s: &Selection) -> Callee {
        self.iface_callee(xv, xt, s.obj)
    }

    fn iface_callee(&mut self, xv: Val, xt: TypeId, m: ObjId) -> Callee {
        // The itab's function for the method's index among the
        // interface's (sorted) methods; the receiver is the data word.
        let u = self.p.under(xt);
        let methods = self.p.interface_type_set(u).methods.clone();
        let idx = methods
            .iter()
            .position(|&im| self.p.same_id(im, m))
            .unwrap_or(0);
        let tab = xv.regs()[0];
        self.nil_check(tab);
        let f = self
            .b
            .ins()
            .load(types::I64, trusted(), tab, (24 + 8 * idx) as i32);
        let data = xv.regs()[1];
        Callee::Iface { code: f, data }
    }

    /// Calls func value `fv`.
    pub fn call_value(
        &mut self,
        fv: Value,
        ptypes: &[TypeId],
        args: Vec<Val>,
        rtypes: &[TypeId],
    ) -> Vec<Val> {
        self.emit_call(Callee::Value(fv), ptypes, args, rtypes)
    }

    /// Calls interface method `m` on interface value `iv` of type `it`.
    pub fn call_iface_method(
        &mut self,
        iv: Val,
        it: TypeId,
        m: ObjId,
        ptypes: &[TypeId],
        args: Vec<Val>,
        rtypes: &[TypeId],
    ) -> Vec<Val> {
        let callee = self.iface_callee(iv, it, m);
        self.emit_call(callee, ptypes, args, rtypes)
    }

    /// Calls interface method code `code` with data word `data`.
    pub fn call_iface_code(
        &mut self,
        code: Value,
        data: Value,
        ptypes: &[TypeId],
        args: Vec<Val>,
        rtypes: &[TypeId],
    ) -> Vec<Val> {
        self.emit_call(Callee::Iface { code, data }, ptypes, args, rtypes)
    }

    /// Calls method set entry `e` on the value at `start.0` of type
    /// `start.1`: follows the entry's embedded fields (through pointers,
    /// nil-checked), then passes the receiver as the method wants it.
    pub fn call_entry(
        &mut self,
        start: (Value, TypeId),
        e: &crate::methodset::MethodEntry,
        ptypes: &[TypeId],
        args: Vec<Val>,
        rtypes: &[TypeId],
    ) -> Vec<Val> {
        let p = self.p;
        let (mut addr, mut cur) = start;
        for &i in &e.path {
            let Type::Struct(st) = p.ty(p.under(cur)).clone() else {
                break;
            };
            let offs = p.offsetsof(&st.fields);
            self.nil_check(addr);
            addr = self.b.ins().iadd_imm_s(addr, offs[i]);
            let ft = p.obj_type(st.fields[i]);
            match p.ty(p.unalias(ft)) {
                Type::Pointer(b) => {
                    addr = self.b.ins().load(types::I64, trusted(), addr, 0);
                    cur = *b;
                }
                _ => cur = ft,
            }
        }
        if e.via_iface {
            self.nil_check(addr);
            let iv = self.load(addr, cur);
            return self.call_iface_method(iv, cur, e.obj, ptypes, args, rtypes);
        }
        let recv_t = self.method_recv_type(e.obj);
        let recv = if matches!(p.ty(p.unalias(recv_t)), Type::Pointer(_)) {
            Val::one(addr)
        } else {
            self.nil_check(addr);
            self.load(addr, recv_t)
        };
        self.call_method_direct(e.obj, (recv, recv_t), ptypes, args, rtypes)
    }

    /// Calls method `m` directly with the given receiver.
    pub fn call_method_direct(
        &mut self,
        m: ObjId,
        recv: (Val, TypeId),
        ptypes: &[TypeId],
        args: Vec<Val>,
        rtypes: &[TypeId],
    ) -> Vec<Val> {
        self.emit_call(Callee::Direct(m, Some(recv)), ptypes, args, rtypes)
    }

    /// Emits the call and returns its results as values.
    fn emit_call(
        &mut self,
        callee: Callee,
        ptypes: &[TypeId],
        args: Vec<Val>,
        rtypes: &[TypeId],
    ) -> Vec<Val> {
        let abi = match &callee {
            Callee::Direct(o, r) => FnAbi::of_signature(self.p, self.obj_type(*o), r.is_some()),
            Callee::Value(_) => FnAbi::new(self.p, None, ptypes, rtypes),
            Callee::Iface { .. } => {
                FnAbi::new(self.p, Some(self.p.universe.unsafe_pointer), ptypes, rtypes)
            }
        };
        let mut cargs: Vec<Value> = vec![self.g];
        match &callee {
            Callee::Value(fv) => cargs.push(*fv),
            _ => cargs.push(self.b.ins().iconst(types::I64, 0)),
        }
        let area = if abi.ret_area > 0 {
            let s = self.new_slot((8 * abi.ret_area) as u32, 8);
            let a = self.b.ins().stack_addr(types::I64, s, 0);
            cargs.push(a);
            Some(a)
        } else {
            None
        };
        // Memory results: pass pointers to temporaries.
        let mut ret_tmps = Vec::new();
        for (t, slot) in &abi.results {
            if let Slot::Mem = slot {
                let tmp = self.temp(*t);
                ret_tmps.push(tmp);
                cargs.push(tmp);
            }
        }
        match &callee {
            Callee::Direct(_, Some((rv, rt))) => self.push_arg(&mut cargs, rv.clone(), *rt),
            Callee::Iface { data, .. } => cargs.push(*data),
            _ => {}
        }
        for (v, &t) in args.into_iter().zip(ptypes.iter()) {
            self.push_arg(&mut cargs, v, t);
        }
        let results = match callee {
            Callee::Direct(o, _) => {
                let id = self.u.decl_func(o);
                let fref = self.u.module.declare_func_in_func(id, self.b.func);
                self.call_direct(fref, &cargs)
            }
            Callee::Value(fv) => {
                self.nil_check(fv);
                let code = self.b.ins().load(types::I64, trusted(), fv, 0);
                let sigref = self.b.import_signature(abi.sig.clone());
                self.call_indirect(sigref, code, &cargs)
            }
            Callee::Iface { code, .. } => {
                let sigref = self.b.import_signature(abi.sig.clone());
                self.call_indirect(sigref, code, &cargs)
            }
        };
        // Reassemble results.
        let mut out = Vec::new();
        let mut k = 0;
        let mut m = 0;
        for (t, slot) in &abi.results {
            match slot {
                Slot::Regs(tys) => {
                    let words = match area {
                        Some(a) => tys
                            .iter()
                            .enumerate()
                            .map(|(j, &ty)| {
                                self.b.ins().load(ty, trusted(), a, (8 * (k + j)) as i32)
                            })
                            .collect(),
                        None => results[k..k + tys.len()].iter().copied().collect(),
                    };
                    out.push(Val::Regs(words));
                    k += tys.len();
                }
                Slot::Mem => {
                    let v = self.load(ret_tmps[m], *t);
                    m += 1;
                    out.push(v);
                }
            }
        }
        out
    }

    /// Appends an argument's ABI words.
    fn push_arg(&mut self, cargs: &mut Vec<Value>, v: Val, t: TypeId) {
        match (self.repr(t), v) {
            (Repr::Regs(_), Val::Regs(r)) => cargs.extend(r),
            (Repr::Regs(c), Val::Mem(a)) => {
                for comp in c.iter() {
                    cargs.push(self.b.ins().load(comp.ty, trusted(), a, comp.offset as i32));
                }
            }
            (Repr::Mem { .. }, v) => {
                // The callee owns a copy.
                let a = self.spill(v, t);
                let copy = self.temp(t);
                let (size, align) = (
                    self.p.sizeof(t).max(0) as u32,
                    self.p.alignof(t).max(1) as u32,
                );
                self.copy_mem(copy, a, size, align);
                cargs.push(copy);
            }
        }
    }

    // -- conversions --------------------------------------------------------------------

    /// `T(x)`.
    pub fn conversion(&mut self, x: &'p Expr, to: TypeId) -> Val {
        let from = self.type_of(x);
        if let Some(tv) = self.tv(x.id)
            && (tv.mode == Mode::NilValue
                || self.p.basic_kind(tv.typ) == Some(BasicKind::UntypedNil))
        {
            return self.zero(to);
        }
        let v = self.expr(x);
        self.convert(v, from, to)
    }

    /// Converts a value of type `from` to type `to`.
    pub fn convert(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        let p = self.p;
        if p.is_interface(to) {
            return self.convert_assign(v, from, to);
        }
        let fu = p.under(from);
        let tu = p.under(to);
        let fk = p.basic_kind(fu);
        let tk = p.basic_kind(tu);
        match (fk, tk) {
            (Some(fk), Some(tk)) => self.convert_basic(v, fk, tk, from),
            (Some(fk), None) if fk.info() & info::STRING != 0 => {
                // string -> []byte / []rune
                if let Type::Slice(e) = p.ty(tu) {
                    let rune = p.basic_kind(p.under(*e)) == Some(BasicKind::Int32);
                    let (sp, sl) = (v.regs()[0], v.regs()[1]);
                    let null = self.b.ins().iconst(types::I64, 0);
                    if !rune {
                        let r = self.call_rt("gorun_stringtoslicebyte", &[self.g, null, sp, sl]);
                        return Val::Regs(smallvec![r[0], sl, r[1]]);
                    }
                    let out = self.new_slot(24, 8);
                    let oa = self.b.ins().stack_addr(types::I64, out, 0);
                    self.call_rt("gorun_stringtoslicerune", &[self.g, oa, null, sp, sl]);
                    let l = |cx: &mut Self, off| cx.b.ins().load(types::I64, trusted(), oa, off);
                    return Val::Regs(smallvec![l(self, 0), l(self, 8), l(self, 16)]);
                }
                v
            }
            (None, Some(tk)) if tk.info() & info::STRING != 0 => {
                // []byte / []rune -> string
                if let Type::Slice(e) = p.ty(fu) {
                    let rune = p.basic_kind(p.under(*e)) == Some(BasicKind::Int32);
                    let (sp, sl) = (v.regs()[0], v.regs()[1]);
                    let name = if rune {
                        "gorun_slicerunetostring"
                    } else {
                        "gorun_slicebytetostring"
                    };
                    let null = self.b.ins().iconst(types::I64, 0);
                    let r = self.call_rt(name, &[self.g, null, sp, sl]);
                    return Val::Regs(smallvec![r[0], r[1]]);
                }
                v
            }
            _ => {
                // Slice to array (pointer) conversions.
                if let (Type::Slice(_), Type::Pointer(pt)) = (p.ty(fu), p.ty(tu))
                    && let Type::Array { len, .. } = p.ty(p.under(*pt))
                {
                    let (ptr, l) = (v.regs()[0], v.regs()[1]);
                    let n = self.b.ins().iconst(types::I64, *len);
                    let ok = self.b.ins().icmp(IntCC::SignedGreaterThanOrEqual, l, n);
                    self.bounds_fail_unless(ok, gorun_runtime::panic::bounds::CONVERT, n, l, true);
                    return Val::one(ptr);
                }
                if let (Type::Slice(_), Type::Array { len, .. }) = (p.ty(fu), p.ty(tu)) {
                    let (ptr, l) = (v.regs()[0], v.regs()[1]);
                    let n = self.b.ins().iconst(types::I64, *len);
                    let ok = self.b.ins().icmp(IntCC::SignedGreaterThanOrEqual, l, n);
                    self.bounds_fail_unless(ok, gorun_runtime::panic::bounds::CONVERT, n, l, true);
                    return self.load(ptr, to);
                }
                v
            }
        }
    }

    fn convert_basic(&mut self, v: Val, fk: BasicKind, tk: BasicKind, from: TypeId) -> Val {
        let (fi, ti) = (fk.info(), tk.info());
        let tty = crate::layout::basic_cltype(tk);
        if ti & info::STRING != 0 {
            if fi & info::INTEGER != 0 {
                // string(rune)
                let x = self.widen(v.v(), from);
                let null = self.b.ins().iconst(types::I64, 0);
                let r = self.call_rt("gorun_intstring", &[self.g, null, x]);
                return Val::Regs(smallvec![r[0], r[1]]);
            }
            return v;
        }
        if ti & info::COMPLEX != 0 {
            if fi & info::COMPLEX != 0 {
                let fty = if tk == BasicKind::Complex64 {
                    types::F32
                } else {
                    types::F64
                };
                let r = v.regs();
                let re = self.float_to_float(r[0], fty);
                let im = self.float_to_float(r[1], fty);
                return Val::Regs(smallvec![re, im]);
            }
            return v;
        }
        let x = v.v();
        let fty = self.b.func.dfg.value_type(x);
        let out = if ti & info::FLOAT != 0 {
            if fi & info::FLOAT != 0 {
                self.float_to_float(x, tty)
            } else if fi & info::UNSIGNED != 0 {
                let x64 = if fty.bits() < 64 {
                    self.b.ins().uextend(types::I64, x)
                } else {
                    x
                };
                self.b.ins().fcvt_from_uint(tty, x64)
            } else {
                let x64 = if fty.bits() < 64 {
                    self.b.ins().sextend(types::I64, x)
                } else {
                    x
                };
                self.b.ins().fcvt_from_sint(tty, x64)
            }
        } else if fi & info::FLOAT != 0 {
            // Float to integer: truncation; out-of-range values are
            // implementation-defined in Go (saturate, never trap).
            if ti & info::UNSIGNED != 0 {
                let r = self.b.ins().fcvt_to_uint_sat(types::I64, x);
                if tty.bits() < 64 {
                    self.b.ins().ireduce(tty, r)
                } else {
                    r
                }
            } else {
                let r = self.b.ins().fcvt_to_sint_sat(types::I64, x);
                if tty.bits() < 64 {
                    self.b.ins().ireduce(tty, r)
                } else {
                    r
                }
            }
        } else if tty.bits() > fty.bits() {
            if fi & info::UNSIGNED != 0 || fk == BasicKind::Bool {
                self.b.ins().uextend(tty, x)
            } else {
                self.b.ins().sextend(tty, x)
            }
        } else if tty.bits() < fty.bits() {
            self.b.ins().ireduce(tty, x)
        } else {
            x
        };
        Val::one(out)
    }

    fn float_to_float(&mut self, x: Value, to: cranelift_codegen::ir::Type) -> Value {
        let fty = self.b.func.dfg.value_type(x);
        if fty == to {
            x
        } else if to == types::F64 {
            self.b.ins().fpromote(types::F64, x)
        } else {
            self.b.ins().fdemote(types::F32, x)
        }
    }

    // -- closures and method values -------------------------------------------------------

    /// A function literal: a closure record `{code, cells...}`.
    pub fn func_lit(&mut self, e: &'p Expr) -> Val {
        let caps = self.esc.captures.get(&e.id).cloned().unwrap_or_default();
        let key = FnKey::Lit(e.id, self.inst_obj);
        let id = match self.u.funcs.get(&key) {
            Some(&id) => id,
            None => {
                let name = self.u.next_lit_name(&self.name, false);
                let t = self.type_of(e);
                let abi = FnAbi::of_signature(self.p, t, false);
                let id = self
                    .u
                    .declare(&name, cranelift_module::Linkage::Local, &abi.sig);
                self.u.funcs.insert(key, id);
                self.u.queue.push_back((
                    id,
                    Work::Lit {
                        node: e,
                        name,
                        esc: self.esc.clone(),
                        inst: self.inst_obj,
                    },
                ));
                id
            }
        };
        if caps.is_empty() {
            let d = self.u.static_closure(id);
            return Val::one(self.data_addr(d));
        }
        let (layout, size) = crate::func::capture_layout(self.p, &self.esc, &caps);
        let rec = self.alloc_words(size as i64);
        let fref = self.u.module.declare_func_in_func(id, self.b.func);
        let code = self.b.ins().func_addr(types::I64, fref);
        self.b.ins().store(trusted(), code, rec, 0);
        for (&c, &(off, by_value)) in caps.iter().zip(&layout) {
            if by_value {
                let t = self.var_type(c);
                let v = self.read_var(c);
                let at = self.b.ins().iadd_imm_s(rec, off as i64);
                self.store(at, t, &v);
                continue;
            }
            let cell = self
                .var_addr(c)
                .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
            self.b.ins().store(trusted(), cell, rec, off as i32);
        }
        Val::one(rec)
    }

    /// Allocates `size` bytes of pointer words (closure records).
    pub fn alloc_words(&mut self, size: i64) -> Value {
        let sz = self.b.ins().iconst(types::I64, size);
        let t = self.b.ins().iconst(types::I64, 0);
        let one = self.b.ins().iconst(types::I8, 1);
        self.call_rt("gorun_mallocgc", &[self.g, sz, t, one])[0]
    }

    /// `x.M` as a value: a closure binding the receiver.
    pub(crate) fn method_value(&mut self, e: &'p Expr, x: &'p Expr, s: &Selection) -> Val {
        // A method with type parameters of its own: the instance named.
        let m = self.instance_named(e).unwrap_or(s.obj);
        let recv_t = self.method_recv_type(m);
        if self.p.is_interface(recv_t) {
            // {wrapper, code, data}: the itab is consulted (and nil
            // checked) now, as Go does.
            let rv = self.method_receiver(x, s, recv_t);
            let it = self.embedded_type(self.type_of(x), &s.index[..s.index.len() - 1]);
            let Callee::Iface { code, data } = self.iface_callee(rv, it, m) else {
                unreachable!()
            };
            let msig = self.type_of(e);
            let wrapper = self.u.iface_method_value_func(msig);
            let rec = self.alloc_words(24);
            let fref = self.u.module.declare_func_in_func(wrapper, self.b.func);
            let w = self.b.ins().func_addr(types::I64, fref);
            self.b.ins().store(trusted(), w, rec, 0);
            self.b.ins().store(trusted(), code, rec, 8);
            self.b.ins().store(trusted(), data, rec, 16);
            return Val::one(rec);
        }
        let rv = self.method_receiver(x, s, recv_t);
        let ptr = matches!(self.p.ty(recv_t), Type::Pointer(_));
        let wrapper = self.u.method_value_func(m, ptr);
        let rsize = self.p.sizeof(recv_t).max(0);
        let rec = self.alloc_words(8 + rsize.max(8));
        let fref = self.u.module.declare_func_in_func(wrapper, self.b.func);
        let code = self.b.ins().func_addr(types::I64, fref);
        self.b.ins().store(trusted(), code, rec, 0);
        let ra = self.b.ins().iadd_imm_s(rec, 8);
        self.store(ra, recv_t, &rv);
        Val::one(rec)
    }

    /// `T.M`, `(*T).M`, `I.M`: a func taking the receiver first. The
    /// method itself when its receiver is exactly that parameter.
    pub(crate) fn method_expr(&mut self, _e: &'p Expr, s: &Selection) -> Val {
        let recv = s.recv;
        let entry = if self.p.is_interface(recv) {
            crate::methodset::MethodEntry {
                name: self.p.obj(s.obj).name,
                obj: s.obj,
                path: Vec::new(),
                indirect: false,
                via_iface: true,
            }
        } else {
            let set = self.u.method_set(recv);
            match set.iter().find(|e| e.obj == s.obj) {
                Some(e) => e.clone(),
                None => crate::methodset::MethodEntry {
                    name: self.p.obj(s.obj).name,
                    obj: s.obj,
                    path: s.index[..s.index.len() - 1].to_vec(),
                    indirect: s.indirect,
                    via_iface: false,
                },
            }
        };
        let direct = entry.path.is_empty()
            && !entry.via_iface
            && self.p.identical(self.method_recv_type(s.obj), recv);
        let id = if direct {
            self.u.decl_func(s.obj)
        } else {
            self.u.method_expr_func(&entry, recv)
        };
        let d = self.u.static_closure(id);
        Val::one(self.data_addr(d))
    }

    // -- go statements ----------------------------------------------------------------------

    /// `go f(args)`: evaluates `f` and the arguments now, then starts a
    /// goroutine running a wrapper that calls them.
    pub fn go_stmt(&mut self, call: &'p Expr) {
        let ExprKind::Call { fun, args, .. } = &call.kind else {
            return;
        };
        // A call of a func literal without arguments needs no wrapper.
        if args.is_empty()
            && let ExprKind::FuncLit { .. } = fun.unparen().kind
        {
            let fv = self.expr(fun.unparen()).v();
            self.call_rt("gorun_newproc", &[self.g, fv]);
            return;
        }
        if let Some(rec) = self.call_record(call, false) {
            // "created by" names the go statement's line.
            self.set_pos(call.span.lo);
            self.call_rt("gorun_newproc", &[self.g, rec]);
        }
    }

    /// The record of a `go` or `defer` statement's call, evaluated now:
    /// `{wrapper, f, args...}` whose wrapper (called as `wrapper(g, rec)`)
    /// makes the call; for builtins `{wrapper, 0, args...}`.
    pub fn call_record(&mut self, call: &'p Expr, defer: bool) -> Option<Value> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &call.kind
        else {
            return None;
        };
        let fun0 = fun.unparen();
        let (fv, ft, ptypes, vals, builtin) = match self.tv(fun0.id).map(|t| t.mode) {
            Some(Mode::Builtin) => {
                let b = match self.p.info.uses.get(&fun0.id).map(|&o| &self.p.obj(o).kind) {
                    Some(ObjKind::Builtin(b)) => *b,
                    _ => return None,
                };
                let ptypes: Vec<TypeId> = match b {
                    Builtin::Panic => vec![self.p.universe.any],
                    Builtin::Close | Builtin::Print | Builtin::Println | Builtin::Recover => args
                        .iter()
                        .map(|a| self.p.default_type(self.type_of(a)))
                        .collect(),
                    _ => {
                        self.unsupported(call, "go or defer of this builtin");
                        return None;
                    }
                };
                let vals: Vec<Val> = args
                    .iter()
                    .zip(ptypes.iter())
                    .map(|(a, &t)| self.expr_to(a, t))
                    .collect();
                // The func slot of a builtin's record is unused, except by
                // `defer recover()`: it keeps this frame's pointer, so the
                // deferred recover acts as one this function calls (see
                // builtin_of_vals).
                let z = if defer && b == Builtin::Recover {
                    self.b.ins().get_frame_pointer(types::I64)
                } else {
                    self.b.ins().iconst(types::I64, 0)
                };
                (z, self.p.universe.invalid, ptypes, vals, Some(b))
            }
            Some(Mode::TypExpr) => {
                self.unsupported(call, "go or defer of a conversion");
                return None;
            }
            _ => {
                let fv = self.expr(fun).v();
                let ft = self.type_of(fun0);
                let sig = self.p.signature(self.p.under(ft)).cloned()?;
                let ptypes: Vec<TypeId> = self
                    .p
                    .tuple(sig.params)
                    .iter()
                    .map(|&v| self.obj_type(v))
                    .collect();
                let vals = self.call_args(args, &ptypes, sig.variadic && ellipsis.is_none());
                (fv, ft, ptypes, vals, None)
            }
        };
        let mut off: i64 = 16;
        let mut layout = Vec::new();
        for &t in &ptypes {
            let a = self.p.alignof(t).max(1);
            off = (off + a - 1) / a * a;
            layout.push(off);
            off += self.p.sizeof(t).max(0);
        }
        let rec = self.alloc_words(off.max(16));
        let outer = self.name.clone();
        let wrapper = self.u.go_wrapper(
            call,
            ft,
            &ptypes,
            &layout,
            &outer,
            defer,
            builtin,
            self.inst_obj,
        );
        let fref = self.u.module.declare_func_in_func(wrapper, self.b.func);
        let code = self.b.ins().func_addr(types::I64, fref);
        self.b.ins().store(trusted(), code, rec, 0);
        self.b.ins().store(trusted(), fv, rec, 8);
        for ((v, &t), &o) in vals.iter().zip(ptypes.iter()).zip(layout.iter()) {
            let a = self.b.ins().iadd_imm_s(rec, o);
            self.store(a, t, v);
        }
        Some(rec)
    }

    // -- builtins ---------------------------------------------------------------------------

    fn builtin(&mut self, e: &'p Expr, fun: &'p Expr, args: &'p [Expr], dots: bool) -> Vec<Val> {
        // `len` is an identifier; `unsafe.Slice` a selector whose Sel names it.
        let key = match &fun.kind {
            ExprKind::Selector { sel, .. } => sel.id,
            _ => fun.id,
        };
        let builtin = self.p.info.uses.get(&key).map(|&o| &self.p.obj(o).kind);
        let Some(&ObjKind::Builtin(b)) = builtin else {
            self.unsupported(e, "call of this builtin");
            return vec![];
        };
        let t = self.type_of(e);
        match b {
            Builtin::Len | Builtin::Cap => {
                vec![Val::one(self.len_cap(&args[0], b == Builtin::Cap))]
            }
            Builtin::Print | Builtin::Println => {
                self.print(args, b == Builtin::Println);
                vec![]
            }
            Builtin::New => {
                let et = match self.p.ty(self.p.under(t)) {
                    Type::Pointer(b) => *b,
                    _ => t,
                };
                let cell = self.heap_alloc(et);
                // new(expr) (Go 1.26): initialized with the value.
                if let Some(a) = args.first()
                    && self
                        .p
                        .info
                        .types
                        .get(&a.id)
                        .is_some_and(|tv| tv.mode != Mode::TypExpr)
                {
                    let v = self.expr_to(a, et);
                    self.store(cell, et, &v);
                }
                vec![Val::one(cell)]
            }
            Builtin::Make => vec![self.make(t, args)],
            Builtin::Append => vec![self.append(t, args, dots)],
            Builtin::Copy => vec![Val::one(self.copy_builtin(args))],
            Builtin::Panic => {
                let v = self.expr_to(&args[0], self.p.universe.any);
                let (typ, data) = (v.regs()[0], v.regs()[1]);
                self.call_rt("gorun_gopanic", &[self.g, typ, data]);
                self.b
                    .ins()
                    .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
                self.filled = true;
                self.ensure_open();
                vec![]
            }
            Builtin::Close => {
                let c = self.expr(&args[0]).v();
                self.call_rt("gorun_closechan", &[self.g, c]);
                vec![]
            }
            Builtin::Complex => {
                let re = self.expr(&args[0]).v();
                let im = self.expr(&args[1]).v();
                vec![Val::Regs(smallvec![re, im])]
            }
            Builtin::Real | Builtin::Imag => {
                let v = self.expr(&args[0]);
                let i = if b == Builtin::Real { 0 } else { 1 };
                vec![Val::one(v.regs()[i])]
            }
            Builtin::Min | Builtin::Max => vec![self.min_max(t, args, b == Builtin::Min)],
            Builtin::Clear => {
                let xt = self.type_of(&args[0]);
                if let Type::Slice(et) = self.p.ty(self.p.under(xt)).clone() {
                    let s = self.expr(&args[0]);
                    let es = self.p.sizeof(et).max(0);
                    let n = self.b.ins().imul_imm_s(s.regs()[1], es);
                    let cfg = self.u.module.target_config();
                    let z = self.b.ins().iconst(types::I8, 0);
                    self.b.call_memset(cfg, s.regs()[0], z, n);
                } else {
                    self.map_clear(&args[0]);
                }
                vec![]
            }
            Builtin::Recover => vec![self.recover_call()],
            Builtin::Delete => {
                self.map_delete(args);
                vec![]
            }
            Builtin::Add => {
                let p = self.expr(&args[0]).v();
                let n = self
                    .expr_to(&args[1], self.p.universe.typ[BasicKind::Int as usize])
                    .v();
                vec![Val::one(self.b.ins().iadd(p, n))]
            }
            Builtin::SliceData | Builtin::StringData => {
                vec![Val::one(self.expr(&args[0]).regs()[0])]
            }
            Builtin::Slice | Builtin::String => {
                let p = self.expr(&args[0]).v();
                let n = self
                    .expr_to(&args[1], self.p.universe.typ[BasicKind::Int as usize])
                    .v();
                let is_string = b == Builtin::String;
                self.check_unsafe_len(p, n, is_string);
                if is_string {
                    vec![Val::Regs(smallvec![p, n])]
                } else {
                    vec![Val::Regs(smallvec![p, n, n])]
                }
            }
            // Sizeof, Alignof and Offsetof are constants the checker folded.
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => vec![self.zero(t)],
        }
    }

    /// unsafe.Slice/unsafe.String's checks: a negative length, or a nil
    /// pointer with a non-zero length, panics as Go's runtime does. (Go
    /// also bounds len*sizeof by the address space; lengths that large
    /// are negative here.)
    fn check_unsafe_len(&mut self, p: Value, n: Value, is_string: bool) {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
        let nil = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, n, 0);
        let nil_len = self.b.ins().band(nil, nonzero);
        let bad = self.b.ins().bor(neg, nil_len);
        self.panic_if(bad, "gorun_panic_unsafe", |cx| {
            // Code: bit 0 String, bit 1 nil pointer (when the length is
            // not negative).
            let base = cx.b.ins().iconst(types::I64, i64::from(is_string));
            let nil_only = cx.b.ins().band_not(nil_len, neg);
            let nil_bit = cx.b.ins().uextend(types::I64, nil_only);
            let nil_bit = cx.b.ins().ishl_imm_u(nil_bit, 1);
            vec![cx.b.ins().bor(base, nil_bit)]
        });
    }

    fn len_cap(&mut self, x: &'p Expr, cap: bool) -> Value {
        let t = self.type_of(x);
        match self.p.ty(self.p.under(t)).clone() {
            Type::Basic(_) => self.expr(x).regs()[1],
            Type::Slice(_) => {
                let v = self.expr(x);
                v.regs()[if cap { 2 } else { 1 }]
            }
            // A constant len or cap never gets here (expr folds it): the
            // operand contains a call or a receive, which runs (the
            // result, even a nil pointer, is not read).
            Type::Array { len, .. } => {
                let _ = self.expr(x);
                self.b.ins().iconst(types::I64, len)
            }
            Type::Pointer(pt) => {
                let _ = self.expr(x);
                match self.p.ty(self.p.under(pt)) {
                    Type::Array { len, .. } => self.b.ins().iconst(types::I64, *len),
                    _ => self.b.ins().iconst(types::I64, 0),
                }
            }
            Type::Chan { .. } => {
                let c = self.expr(x).v();
                self.call_rt(
                    if cap {
                        "gorun_chancap"
                    } else {
                        "gorun_chanlen"
                    },
                    &[self.g, c],
                )[0]
            }
            Type::Map { .. } => {
                let m = self.expr(x).v();
                self.map_len(m)
            }
            _ => {
                self.unsupported(x, "len of this operand");
                self.b.ins().iconst(types::I64, 0)
            }
        }
    }

    fn make(&mut self, t: TypeId, args: &'p [Expr]) -> Val {
        match self.p.ty(self.p.under(t)).clone() {
            Type::Slice(et) => {
                let len = self.index_value(&args[1]);
                let cap = match args.get(2) {
                    Some(c) => self.index_value(c),
                    None => len,
                };
                let rt = self.rtype_addr(et);
                let ptr = self.call_rt("gorun_makeslice", &[self.g, rt, len, cap])[0];
                Val::Regs(smallvec![ptr, len, cap])
            }
            Type::Chan { elem, .. } => {
                let size = match args.get(1) {
                    Some(a) => self.index_value(a),
                    None => self.b.ins().iconst(types::I64, 0),
                };
                let rt = self.rtype_addr(elem);
                Val::one(self.call_rt("gorun_makechan", &[self.g, rt, size])[0])
            }
            _ => self.map_make(t, args),
        }
    }

    fn append(&mut self, t: TypeId, args: &'p [Expr], dots: bool) -> Val {
        let et = self.slice_elem(t);
        let s = self.expr(&args[0]);
        let (mut ptr, len, mut cap) = (s.regs()[0], s.regs()[1], s.regs()[2]);
        // The values to append: a slice (s...) or individual elements.
        let (src_ptr, n, elems) = if dots {
            let at = self.type_of(&args[1]);
            let v = self.expr(&args[1]);
            let _ = at;
            (Some(v.regs()[0]), v.regs()[1], Vec::new())
        } else {
            let vals: Vec<Val> = args[1..].iter().map(|a| self.expr_to(a, et)).collect();
            let n = self.b.ins().iconst(types::I64, vals.len() as i64);
            (None, n, vals)
        };
        let newlen = self.b.ins().iadd(len, n);
        let need = self.b.ins().icmp(IntCC::UnsignedGreaterThan, newlen, cap);
        let grow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.append_block_param(cont, types::I64);
        self.b.append_block_param(cont, types::I64);
        self.b
            .ins()
            .brif(need, grow, &[], cont, &[ptr.into(), cap.into()]);
        self.filled = true;
        self.switch_to(grow);
        self.b.seal_block(grow);
        let rt = self.rtype_addr(et);
        let r = self.call_rt("gorun_growslice", &[self.g, ptr, newlen, cap, n, rt]);
        let (np, nc) = (r[0], r[1]);
        self.b.ins().jump(cont, &[np.into(), nc.into()]);
        self.filled = true;
        self.switch_to(cont);
        self.b.seal_block(cont);
        ptr = self.b.block_params(cont)[0];
        cap = self.b.block_params(cont)[1];
        let es = self.p.sizeof(et).max(0);
        let dst_off = self.b.ins().imul_imm_s(len, es);
        let dst = self.b.ins().iadd(ptr, dst_off);
        match src_ptr {
            Some(sp) => {
                let bytes = self.b.ins().imul_imm_s(n, es);
                let cfg = self.u.module.target_config();
                self.b.call_memmove(cfg, dst, sp, bytes);
            }
            None => {
                for (i, v) in elems.iter().enumerate() {
                    let a = self.b.ins().iadd_imm_s(dst, i as i64 * es);
                    self.store(a, et, v);
                }
            }
        }
        Val::Regs(smallvec![ptr, newlen, cap])
    }

    fn copy_builtin(&mut self, args: &'p [Expr]) -> Value {
        let dt = self.type_of(&args[0]);
        let et = self.slice_elem(dt);
        let d = self.expr(&args[0]);
        let s = self.expr(&args[1]);
        let n = {
            let lt = self
                .b
                .ins()
                .icmp(IntCC::SignedLessThan, d.regs()[1], s.regs()[1]);
            self.b.ins().select(lt, d.regs()[1], s.regs()[1])
        };
        let es = self.p.sizeof(et).max(0);
        let bytes = self.b.ins().imul_imm_s(n, es);
        let cfg = self.u.module.target_config();
        self.b.call_memmove(cfg, d.regs()[0], s.regs()[0], bytes);
        n
    }

    fn min_max(&mut self, t: TypeId, args: &'p [Expr], min: bool) -> Val {
        let mut acc = self.expr_to(&args[0], t);
        for a in &args[1..] {
            let v = self.expr_to(a, t);
            if self.p.is_string(t) {
                let lt = self.compare_strings(
                    gorun_frontend::syntax::ast::BinaryOp::Lt,
                    v.clone(),
                    acc.clone(),
                );
                let take = if min {
                    lt
                } else {
                    self.compare_strings(
                        gorun_frontend::syntax::ast::BinaryOp::Gt,
                        v.clone(),
                        acc.clone(),
                    )
                };
                let p = self.b.ins().select(take, v.regs()[0], acc.regs()[0]);
                let l = self.b.ins().select(take, v.regs()[1], acc.regs()[1]);
                acc = Val::Regs(smallvec![p, l]);
                continue;
            }
            let (x, y) = (acc.v(), v.v());
            let r = if self.p.is_float(t) {
                if min {
                    self.b.ins().fmin(x, y)
                } else {
                    self.b.ins().fmax(x, y)
                }
            } else {
                let signed = !self.p.is_unsigned(t);
                let cc = match (min, signed) {
                    (true, true) => IntCC::SignedLessThan,
                    (true, false) => IntCC::UnsignedLessThan,
                    (false, true) => IntCC::SignedGreaterThan,
                    (false, false) => IntCC::UnsignedGreaterThan,
                };
                let c = self.b.ins().icmp(cc, y, x);
                self.b.ins().select(c, y, x)
            };
            acc = Val::one(r);
        }
        acc
    }

    fn print(&mut self, args: &'p [Expr], ln: bool) {
        // The arguments are evaluated before anything prints.
        let vals: Vec<(Val, TypeId)> = args
            .iter()
            .map(|a| (self.expr(a), self.type_of(a)))
            .collect();
        self.print_vals(vals, ln);
    }

    /// print/println of evaluated values.
    pub fn print_vals(&mut self, vals: Vec<(Val, TypeId)>, ln: bool) {
        self.call_rt("gorun_printlock", &[self.g]);
        for (i, (v, t)) in vals.into_iter().enumerate() {
            if ln && i > 0 {
                self.call_rt("gorun_printsp", &[self.g]);
            }
            let u = self.p.under(t);
            match self.p.ty(u).clone() {
                Type::Basic(b) => {
                    use BasicKind::*;
                    match b.kind {
                        Bool | UntypedBool => {
                            let x = self.b.ins().uextend(types::I64, v.v());
                            self.call_rt("gorun_printbool", &[self.g, x]);
                        }
                        Float32 => {
                            self.call_rt("gorun_printfloat32", &[self.g, v.v()]);
                        }
                        Float64 | UntypedFloat => {
                            self.call_rt("gorun_printfloat64", &[self.g, v.v()]);
                        }
                        Complex64 => {
                            self.call_rt(
                                "gorun_printcomplex64",
                                &[self.g, v.regs()[0], v.regs()[1]],
                            );
                        }
                        Complex128 | UntypedComplex => {
                            self.call_rt(
                                "gorun_printcomplex128",
                                &[self.g, v.regs()[0], v.regs()[1]],
                            );
                        }
                        String | UntypedString => {
                            self.call_rt("gorun_printstring", &[self.g, v.regs()[0], v.regs()[1]]);
                        }
                        UnsafePointer | Uintptr | UntypedNil => {
                            let x = self.widen(v.v(), t);
                            self.call_rt("gorun_printpointer", &[self.g, x]);
                        }
                        k if k.info() & info::UNSIGNED != 0 => {
                            let x = self.widen(v.v(), t);
                            self.call_rt("gorun_printuint", &[self.g, x]);
                        }
                        _ => {
                            let x = self.widen(v.v(), t);
                            self.call_rt("gorun_printint", &[self.g, x]);
                        }
                    }
                }
                Type::Slice(_) => {
                    self.call_rt(
                        "gorun_printslice",
                        &[self.g, v.regs()[0], v.regs()[1], v.regs()[2]],
                    );
                }
                Type::Interface(_) => {
                    self.call_rt("gorun_printiface", &[self.g, v.regs()[0], v.regs()[1]]);
                }
                _ => {
                    let x = v
                        .regs()
                        .first()
                        .copied()
                        .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
                    self.call_rt("gorun_printpointer", &[self.g, x]);
                }
            }
        }
        if ln {
            self.call_rt("gorun_printnl", &[self.g]);
        }
        self.call_rt("gorun_printunlock", &[self.g]);
    }
}
