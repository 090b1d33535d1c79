//! Driving compilation: the queue of reachable functions, each compiled by
//! kind, then linking.

use std::collections::HashMap;
use std::rc::Rc;

use cranelift_codegen::Context;
use cranelift_codegen::ir::{
    AbiParam, Function, InstBuilder, Signature, TrapCode, UserFuncName, Value, types,
};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module, ModuleReloc};
use gorun_frontend::syntax::ast::{self, Expr, ExprKind, FieldList};
use gorun_frontend::types::{ObjId, PkgId, Type, TypeId};

use crate::abi::{FnAbi, Slot};
use crate::escape::{self, Escapes};
use crate::func::{FnCx, Local, Val, trusted};
use crate::layout::Repr;
use crate::native;
use crate::unit::{FuncInfo, RelocSite, Unit, Work, go_func_name};
use cranelift_codegen::FinalizedMachExceptionHandler;

/// Parameter objects of a field list: one entry per parameter (None for
/// unnamed or blank ones).
fn field_objs(u: &Unit, fl: Option<&FieldList>) -> Vec<Option<ObjId>> {
    let mut out = Vec::new();
    let Some(fl) = fl else { return out };
    for f in &fl.list {
        if f.names.is_empty() {
            out.push(None);
        } else {
            for n in &f.names {
                out.push(if n.name.is_blank() {
                    None
                } else {
                    u.p.info.defs.get(&n.id).copied()
                });
            }
        }
    }
    out
}

/// Whether the function named `name` runs once: package initialization
/// (`pkg.init`, `pkg.init.0`, a variable's `pkg.v.init`, `go.init`).
fn is_run_once(name: &str) -> bool {
    name.ends_with(".init")
        || name
            .rsplit_once(".init.")
            .is_some_and(|(_, n)| n.bytes().all(|b| b.is_ascii_digit()))
}

impl<'p> Unit<'p> {
    /// Compiles everything queued, until the queue is empty.
    pub fn drain(&mut self) -> Result<(), String> {
        let mut ctx = self.module.make_context();
        let mut fctx = FunctionBuilderContext::new();
        while let Some((id, work)) = self.queue.pop_front() {
            let sig = self
                .module
                .declarations()
                .get_function_decl(id)
                .signature
                .clone();
            ctx.func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
            let name = self
                .module
                .declarations()
                .get_function_decl(id)
                .name
                .clone()
                .unwrap_or_default();
            {
                let b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
                self.compile_work(b, id, work, &name);
            }
            let inliner = self.inliner_for(&mut ctx.func);
            ctx.inline(inliner)
                .map_err(|e| format!("inlining into {name}: {e:?}"))?;
            self.define(id, &name, &mut ctx)?;
        }
        Ok(())
    }

    /// The ISA to compile with: the module's, or for `cold` code the same
    /// with the single-pass register allocator.
    fn isa(&self, cold: bool) -> &dyn cranelift_codegen::isa::TargetIsa {
        if cold {
            &*self.cold_isa
        } else {
            self.module.isa()
        }
    }

    fn define(&mut self, id: FuncId, name: &str, ctx: &mut Context) -> Result<(), String> {
        if let Some(c) = &mut self.clif {
            c.push_str(&format!("; {name}\n{}\n", ctx.func.display()));
        }
        // Code that runs once compiles with the single-pass register
        // allocator, in about half the time.
        let cold = is_run_once(name);
        ctx.compile(self.isa(cold), &mut Default::default())
            .map_err(|e| format!("compiling {name}: {:?}", e.inner))?;
        let code = ctx.compiled_code().expect("compiled");
        let relocs: Vec<ModuleReloc> = code
            .buffer
            .relocs()
            .iter()
            .map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id))
            .collect();
        self.module
            .define_function_bytes(
                id,
                code.buffer.alignment as u64,
                code.code_buffer(),
                &relocs,
            )
            .map_err(|e| format!("compiling {name}: {e:?}"))?;
        for r in &relocs {
            self.note_reloc(RelocSite::Func(id, r.offset), r.kind, &r.name, r.addend);
        }
        let srclocs: Vec<(u32, u32)> = code
            .buffer
            .get_srclocs_sorted()
            .iter()
            .filter(|s| !s.loc.is_default())
            .map(|s| (s.start, s.loc.bits()))
            .collect();
        let size = code.buffer.data().len() as u32;
        let landings = code
            .buffer
            .call_sites()
            .filter_map(|cs| {
                let landing = cs.exception_handlers.iter().find_map(|h| match h {
                    FinalizedMachExceptionHandler::Default(off)
                    | FinalizedMachExceptionHandler::Tag(_, off) => Some(*off),
                    _ => None,
                })?;
                Some((cs.ret_addr, cs.frame_offset?, landing))
            })
            .collect();
        // Parameters after g and ctx (result pointers count; close enough
        // for `f(...)` against `f()`).
        let has_params = ctx.func.signature.params.len() > 2;
        let unwind = match code.create_unwind_info(self.isa(cold)) {
            Ok(Some(UnwindInfo::SystemV(u))) => Some(u),
            _ => None,
        };
        self.infos.push(FuncInfo {
            id,
            name: name.to_string(),
            srclocs,
            size,
            landings,
            has_params,
            unwind,
        });
        self.module.clear_context(ctx);
        Ok(())
    }

    /// The escape analysis of a declared function's body.
    pub(crate) fn decl_escapes(&self, obj: ObjId, decl: &ast::FuncDecl) -> Option<Escapes> {
        let body = decl.body.as_ref()?;
        let inst = self.mono.insts.get(&obj);
        Some(escape::analyze(
            self.p,
            inst,
            &decl.typ,
            decl.recv.as_ref(),
            body,
        ))
    }

    /// Compiles a declared function's body (whose escape analysis is
    /// `esc`); without the stack-check prologue for the copy the inliner
    /// splices into callers (inline.rs).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn compile_decl(
        &mut self,
        b: FunctionBuilder<'_>,
        id: FuncId,
        obj: ObjId,
        decl: &'p ast::FuncDecl,
        esc: Rc<Escapes>,
        name: &str,
        prologue: bool,
    ) {
        let Some(body) = &decl.body else { return };
        let abi = FnAbi::of_signature(self.p, self.p.obj_type(obj), true);
        let mut params = field_objs(self, decl.recv.as_ref());
        if decl.recv.is_some() && params.is_empty() {
            params.push(None);
        }
        params.extend(field_objs(self, Some(&decl.typ.params)));
        let results = field_objs(self, decl.typ.results.as_ref());
        let has_defer = esc.defers.contains(&None);
        let mut cx = if prologue {
            FnCx::new(self, b, id, name.to_string(), abi, esc)
        } else {
            FnCx::new_without_prologue(self, b, id, name.to_string(), abi, esc)
        };
        cx.set_inst(Some(obj).filter(|o| cx.u.mono.insts.contains_key(o)));
        cx.has_defer = has_defer;
        cx.bind_params(&params, &results);
        cx.finish_body(body);
    }

    fn compile_work(&mut self, b: FunctionBuilder<'_>, id: FuncId, work: Work<'p>, name: &str) {
        match work {
            Work::Decl { obj, decl } => {
                if let Some(esc) = self.decl_escapes(obj, decl) {
                    self.compile_decl(b, id, obj, decl, Rc::new(esc), name, true)
                }
            }
            Work::Lit {
                node,
                name,
                esc,
                inst,
            } => {
                let ExprKind::FuncLit { typ, body } = &node.kind else {
                    return;
                };
                let t = inst
                    .and_then(|i| self.mono.insts.get(&i))
                    .and_then(|i| i.types.get(&node.id))
                    .or_else(|| self.p.info.types.get(&node.id))
                    .map(|tv| tv.typ)
                    .unwrap_or(self.p.universe.invalid);
                let abi = FnAbi::of_signature(self.p, t, false);
                let caps = esc.captures.get(&node.id).cloned().unwrap_or_default();
                let params = field_objs(self, Some(&typ.params));
                let results = field_objs(self, typ.results.as_ref());
                let has_defer = esc.defers.contains(&Some(node.id));
                let mut cx = FnCx::new(self, b, id, name, abi, esc);
                cx.set_inst(inst);
                cx.has_defer = has_defer;
                let (layout, _) = crate::func::capture_layout(cx.p, &cx.esc, &caps);
                for (c, (off, by_value)) in caps.iter().zip(layout) {
                    let ct = cx.obj_type(*c);
                    let local = if by_value {
                        Local::CaptureVal(off)
                    } else {
                        Local::Capture(off / 8)
                    };
                    cx.locals.insert(*c, (local, ct));
                }
                cx.bind_params(&params, &results);
                cx.finish_body(body);
            }
            Work::RangeBody {
                stmt,
                name,
                esc,
                inst,
                info,
            } => {
                let abi = FnAbi::of_signature(self.p, info.yield_t, false);
                let mut cx = FnCx::new(self, b, id, name, abi, esc);
                cx.set_inst(inst);
                cx.range_body(stmt, info);
                cx.finish();
            }
            Work::GoWrap {
                name,
                ftype,
                ptypes,
                layout,
                builtin,
                defer,
            } => {
                // fn(g, rec): rec = {code, f, args...}; calls f(args...).
                let abi = FnAbi::new(self.p, None, &[], &[]);
                let mut cx = FnCx::generated(self, b, id, &name, abi);
                let rec = cx.ctx;
                let fv = cx.b.ins().load(types::I64, trusted(), rec, 8);
                let mut args = Vec::new();
                for (t, &off) in ptypes.iter().zip(layout.iter()) {
                    let a = cx.b.ins().iadd_imm_s(rec, off);
                    args.push(cx.load(a, *t));
                }
                if let Some(bi) = builtin {
                    cx.builtin_of_vals(bi, defer, fv, args, &ptypes);
                    let rb = cx.ret_block;
                    cx.jump(rb);
                    cx.emit_return_block();
                    cx.finish();
                    return;
                }
                let rtypes: Vec<TypeId> = match cx.p.signature(cx.p.under(ftype)) {
                    Some(s) => {
                        cx.p.tuple(s.results)
                            .iter()
                            .map(|&v| cx.obj_type(v))
                            .collect()
                    }
                    None => Vec::new(),
                };
                cx.call_value(fv, &ptypes, args, &rtypes);
                let rb = cx.ret_block;
                cx.jump(rb);
                cx.emit_return_block();
                cx.finish();
            }
            Work::Init(pkg) => self.compile_pkg_init(b, id, pkg),
            Work::LazyInit { obj, used } => self.compile_lazy_init(b, id, obj, used),
            Work::InitAll(pkgs) => {
                // fn(g): each package's initializer, dependencies first.
                let mut b = b;
                let entry = b.create_block();
                b.append_block_params_for_function_params(entry);
                b.switch_to_block(entry);
                let g = b.block_params(entry)[0];
                for p in pkgs {
                    let f = self.pkg_init_func(p);
                    let fref = self.module.declare_func_in_func(f, b.func);
                    let z = b.ins().iconst(types::I64, 0);
                    b.ins().call(fref, &[g, z]);
                }
                b.ins().return_(&[]);
                b.seal_all_blocks();
                b.finalize(self.module.target_config());
            }
            Work::NativeAdapter { obj, native } => {
                self.compile_native_adapter(b, id, obj, native, name)
            }
            Work::Pruned { obj } => {
                let abi = FnAbi::of_signature(self.p, self.p.obj_type(obj), true);
                let mut cx = FnCx::generated(self, b, id, name, abi);
                let Val::Regs(s) = cx.string_const(go_func_name(name).as_bytes()) else {
                    unreachable!("a string constant is two registers")
                };
                let g = cx.g;
                cx.call_rt("gorun_throw_pruned", &[g, s[0], s[1]]);
                cx.b.ins().trap(TrapCode::unwrap_user(1));
                cx.filled = true;
                cx.finish();
            }
            Work::MethodValue { method, ptr } => {
                // fn(g, rec, params...): rec = {code, receiver}.
                let msig = self.p.obj_type(method);
                let abi = FnAbi::of_signature(self.p, msig, false);
                let recv_t = self.recv_type(method);
                let _ = ptr;
                let mut cx = FnCx::generated(self, b, id, name, abi.clone());
                let ra = cx.b.ins().iadd_imm_s(cx.ctx, 8);
                let recv = cx.load(ra, recv_t);
                let params = cx.collect_params_vals();
                let (ptypes, rtypes) = sig_types(cx.p, msig);
                let vals = cx.call_method_direct(method, (recv, recv_t), &ptypes, params, &rtypes);
                cx.return_vals(vals);
                cx.finish();
            }
            Work::IfaceWrapper { entry, concrete } => {
                self.compile_iface_wrapper(b, id, name, &entry, concrete)
            }
            Work::MethodExpr { entry, recv } => self.compile_method_expr(b, id, name, &entry, recv),
            Work::IfaceMethodValue { msig } => self.compile_iface_method_value(b, id, name, msig),
            Work::Thunk => self.compile_thunk(b, id),
        }
    }

    /// fn(g, ctx, [area], [mem results], data, params...): finds the
    /// receiver of method set entry `e` from the interface's data word
    /// (holding a `concrete`) and calls the method.
    fn compile_iface_wrapper(
        &mut self,
        b: FunctionBuilder<'_>,
        id: FuncId,
        name: &str,
        e: &crate::methodset::MethodEntry,
        concrete: TypeId,
    ) {
        let p = self.p;
        let (ptypes, rtypes) = sig_types(p, p.obj_type(e.obj));
        let abi = FnAbi::new(p, Some(p.universe.unsafe_pointer), &ptypes, &rtypes);
        let mut cx = FnCx::generated(self, b, id, name, abi);
        let data = cx.params[cx.abi.lead()];
        // `addr` holds a value of type `cur`.
        let start = match p.ty(p.unalias(concrete)) {
            Type::Pointer(base) => (data, *base),
            _ if crate::layout::is_direct_iface(p, concrete) => {
                let v = cx.unbox(data, concrete);
                (cx.spill(v, concrete), concrete)
            }
            _ => (data, concrete),
        };
        // Only a pointer held in the interface can be nil: any other value
        // is boxed (a non-nil data word) or was just spilled to the frame.
        if !matches!(p.ty(p.unalias(concrete)), Type::Pointer(_)) {
            cx.nonnil.insert(start.0);
        }
        let all = cx.collect_params_vals();
        let vals = cx.call_entry(start, e, &ptypes, all[1..].to_vec(), &rtypes);
        cx.return_vals(vals);
        cx.finish();
    }

    /// A method expression's code, `T.M` or `(*T).M` as a func whose first
    /// parameter is the receiver `recv` (`I.M` for interfaces).
    fn compile_method_expr(
        &mut self,
        b: FunctionBuilder<'_>,
        id: FuncId,
        name: &str,
        e: &crate::methodset::MethodEntry,
        recv: TypeId,
    ) {
        let p = self.p;
        let (ptypes, rtypes) = sig_types(p, p.obj_type(e.obj));
        let all_t: Vec<TypeId> = std::iter::once(recv)
            .chain(ptypes.iter().copied())
            .collect();
        let abi = FnAbi::new(p, None, &all_t, &rtypes);
        let mut cx = FnCx::generated(self, b, id, name, abi);
        let all = cx.collect_params_vals();
        let x = all[0].clone();
        let vals = if p.is_interface(recv) {
            cx.call_iface_method(x, recv, e.obj, &ptypes, all[1..].to_vec(), &rtypes)
        } else {
            let start = match p.ty(p.unalias(recv)) {
                Type::Pointer(base) => (x.v(), *base),
                _ => (cx.spill(x, recv), recv),
            };
            cx.call_entry(start, e, &ptypes, all[1..].to_vec(), &rtypes)
        };
        cx.return_vals(vals);
        cx.finish();
    }

    /// An interface method value's code: calls the code saved from the
    /// itab with the saved data word, rec = {wrapper, code, data}.
    fn compile_iface_method_value(
        &mut self,
        b: FunctionBuilder<'_>,
        id: FuncId,
        name: &str,
        msig: TypeId,
    ) {
        let p = self.p;
        let (ptypes, rtypes) = sig_types(p, msig);
        let abi = FnAbi::of_signature(p, msig, false);
        let mut cx = FnCx::generated(self, b, id, name, abi);
        let code = cx.b.ins().load(types::I64, trusted(), cx.ctx, 8);
        let data = cx.b.ins().load(types::I64, trusted(), cx.ctx, 16);
        let params = cx.collect_params_vals();
        let vals = cx.call_iface_code(code, data, &ptypes, params, &rtypes);
        cx.return_vals(vals);
        cx.finish();
    }

    fn recv_type(&self, m: ObjId) -> TypeId {
        self.p
            .signature(self.p.obj_type(m))
            .and_then(|s| s.recv)
            .map(|r| self.p.obj_type(r))
            .unwrap_or(self.p.universe.invalid)
    }

    /// A package's initializer: its variables in initialization order,
    /// then its `init` functions in source order.
    fn compile_pkg_init(&mut self, b: FunctionBuilder<'_>, id: FuncId, pkg: PkgId) {
        let order = self
            .p
            .info
            .init_order
            .get(&pkg)
            .cloned()
            .unwrap_or_default();
        // Function literals in initializers capture nothing local; their
        // escape facts come from the literals themselves.
        let mut esc = Escapes::default();
        for i in &order {
            if let Some(e) = self.init_exprs.get(&i.rhs).copied() {
                let le = escape::analyze_lit(self.p, e);
                esc.heap.extend(le.heap);
                esc.captures.extend(le.captures);
            }
        }
        let name = format!("{}.init", self.p.pkg(pkg).path);
        let abi = FnAbi::new(self.p, None, &[], &[]);
        let inits = self.init_funcs.get(&pkg).cloned().unwrap_or_default();
        let mut cx = FnCx::new(self, b, id, name, abi, Rc::new(esc));
        for i in &order {
            if i.lhs.len() == 1 && cx.u.is_static_var(i.lhs[0]) {
                continue;
            }
            if i.lhs.len() == 1 && cx.u.is_pure_var(i.lhs[0]) {
                let o = i.lhs[0];
                let name = format!("{}.{}.init", cx.p.pkg(pkg).path, cx.p.obj(o).name);
                let sig = crate::abi::entry_sig();
                let fid = cx.u.declare(&name, Linkage::Local, &sig);
                cx.u.lazy_inits.push((o, fid));
                let fref = cx.u.module.declare_func_in_func(fid, cx.b.func);
                let z = cx.b.ins().iconst(types::I64, 0);
                cx.b.ins().call(fref, &[cx.g, z]);
                continue;
            }
            let Some(e) = cx.u.init_exprs.get(&i.rhs).copied() else {
                continue;
            };
            let ts: Vec<Option<TypeId>> = i.lhs.iter().map(|&o| Some(cx.obj_type(o))).collect();
            let vals = cx.rhs_values(std::slice::from_ref(e), i.lhs.len(), &ts);
            for (o, v) in i.lhs.iter().zip(vals.iter()) {
                if cx.p.obj(*o).name.is_blank() {
                    continue;
                }
                cx.write_var(*o, v);
            }
        }
        for f in inits {
            let fid = cx.u.decl_func(f);
            let fref = cx.u.module.declare_func_in_func(fid, cx.b.func);
            let z = cx.b.ins().iconst(types::I64, 0);
            cx.b.ins().call(fref, &[cx.g, z]);
        }
        let rb = cx.ret_block;
        cx.jump(rb);
        cx.emit_return_block();
        cx.finish();
    }

    /// A lazily initialized variable's initializer: assigns its value if
    /// the program uses the variable, does nothing otherwise.
    fn compile_lazy_init(&mut self, b: FunctionBuilder<'_>, id: FuncId, obj: ObjId, used: bool) {
        let e = self.var_inits[&obj];
        let esc = escape::analyze_lit(self.p, e);
        let o = self.p.obj(obj);
        let pkg = o
            .pkg
            .map(|pk| self.p.pkg(pk).path.clone())
            .unwrap_or_default();
        let name = format!("{pkg}.{}.init", o.name);
        let abi = FnAbi::new(self.p, None, &[], &[]);
        let mut cx = FnCx::new(self, b, id, name, abi, Rc::new(esc));
        if used {
            let t = Some(cx.obj_type(obj));
            let vals = cx.rhs_values(std::slice::from_ref(e), 1, &[t]);
            cx.write_var(obj, &vals[0]);
        }
        let rb = cx.ret_block;
        cx.jump(rb);
        cx.emit_return_block();
        cx.finish();
    }

    /// Queues the initializers of lazily initialized variables the program
    /// now uses (`all`: and empty ones for the rest); whether any was queued.
    pub fn queue_lazy_inits(&mut self, all: bool) -> bool {
        let mut queued = false;
        let pending = std::mem::take(&mut self.lazy_inits);
        for (obj, fid) in pending {
            let used = self.globals.contains_key(&obj);
            if used || all {
                self.queue.push_back((fid, Work::LazyInit { obj, used }));
                queued = true;
            } else {
                self.lazy_inits.push((obj, fid));
            }
        }
        queued
    }

    /// The function id of a package's initializer, queued on first use.
    pub fn pkg_init_func(&mut self, pkg: PkgId) -> FuncId {
        let key = crate::unit::FnKey::Init(pkg);
        if let Some(&id) = self.funcs.get(&key) {
            return id;
        }
        let name = format!("{}.init", self.p.pkg(pkg).path);
        let sig = crate::abi::entry_sig();
        let id = self.declare(&name, Linkage::Local, &sig);
        self.funcs.insert(key, id);
        self.queue.push_back((id, Work::Init(pkg)));
        id
    }

    /// A thunk calling a function of signature `sig` on a new stack
    /// segment: `fn(g, data)` with data = {code, ctx, params..., results...}.
    pub fn thunk(&mut self, sig: &Signature) -> FuncId {
        let key = format!("{sig}");
        if let Some(&id) = self.thunks.get(&key) {
            return id;
        }
        let mut tsig = Signature::new(CallConv::SystemV);
        tsig.params.push(AbiParam::new(types::I64));
        tsig.params.push(AbiParam::new(types::I64));
        let name = self.data_name("go.thunk");
        let id = self.declare(&name, Linkage::Local, &tsig);
        self.thunks.insert(key, id);
        self.thunk_sigs.insert(id, sig.clone());
        self.queue.push_back((id, Work::Thunk));
        id
    }

    fn compile_thunk(&mut self, mut b: FunctionBuilder<'_>, id: FuncId) {
        let Some(sig) = self.thunk_sigs.get(&id).cloned() else {
            return;
        };
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let (g, data) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let f = b.ins().load(types::I64, trusted(), data, 0);
        let mut args = vec![g];
        for (i, p) in sig.params.iter().enumerate().skip(1) {
            args.push(b.ins().load(p.value_type, trusted(), data, (8 * i) as i32));
        }
        let nparams = sig.params.len() - 1;
        let sref = b.import_signature(sig.clone());
        let call = b.ins().call_indirect(sref, f, &args);
        let rets = b.inst_results(call).to_vec();
        for (i, r) in rets.iter().enumerate() {
            b.ins()
                .store(trusted(), *r, data, (8 * (1 + nparams + i)) as i32);
        }
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(self.module.target_config());
    }

    /// A bodiless function's adapter: widens arguments, calls the native,
    /// narrows results.
    fn compile_native_adapter(
        &mut self,
        b: FunctionBuilder<'_>,
        id: FuncId,
        obj: ObjId,
        native: FuncId,
        name: &str,
    ) {
        let abi = FnAbi::of_signature(self.p, self.p.obj_type(obj), true);
        let (words, via_ret) = native::result_words(&abi);
        let mut cx = FnCx::generated(self, b, id, name, abi.clone());
        let n_ret = abi.lead();
        let ra = (abi.ret_area > 0) as usize;
        let mut args = vec![cx.g];
        let retbuf = if via_ret {
            let s = cx.new_slot((8 * words.len().max(1)) as u32, 8);
            let a = cx.b.ins().stack_addr(types::I64, s, 0);
            args.push(a);
            // Results in memory: their slots hold the caller's pointers.
            let mut k = 0;
            for (i, w) in words.iter().enumerate() {
                if let native::ResWord::MemPtr = w {
                    let p = cx.params[ra + k];
                    k += 1;
                    cx.b.ins().store(trusted(), p, a, (8 * i) as i32);
                }
            }
            Some(a)
        } else {
            None
        };
        let mut k = n_ret;
        for (t, slot) in &abi.params {
            match slot {
                Slot::Regs(tys) => {
                    let comps = match cx.repr(*t) {
                        Repr::Regs(c) => c,
                        Repr::Mem { .. } => Default::default(),
                    };
                    for (j, _) in tys.iter().enumerate() {
                        let v = cx.params[k + j];
                        let c = comps.get(j).copied();
                        let w = match c {
                            Some(c) if !c.ty.is_float() && c.ty.bits() < 64 => {
                                if c.signed {
                                    cx.b.ins().sextend(types::I64, v)
                                } else {
                                    cx.b.ins().uextend(types::I64, v)
                                }
                            }
                            _ => v,
                        };
                        args.push(w);
                    }
                    k += tys.len();
                }
                Slot::Mem => {
                    args.push(cx.params[k]);
                    k += 1;
                }
            }
        }
        let fref = cx.u.module.declare_func_in_func(native, cx.b.func);
        let call = cx.b.ins().call(fref, &args);
        let outs = cx.b.inst_results(call).to_vec();
        let mut rets: Vec<Value> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if let native::ResWord::Comp(ty) = w {
                let v = match retbuf {
                    Some(a) => {
                        let lt = native::native_ty(*ty);
                        cx.b.ins().load(lt, trusted(), a, (8 * i) as i32)
                    }
                    None => outs[i],
                };
                let v = if !ty.is_float() && ty.bits() < 64 {
                    cx.b.ins().ireduce(*ty, v)
                } else {
                    v
                };
                rets.push(v);
            }
        }
        cx.return_words(rets);
        cx.filled = true;
        cx.finish();
    }
}

/// Parameter and result types of a signature.
pub fn sig_types(p: &gorun_frontend::types::Program, sig: TypeId) -> (Vec<TypeId>, Vec<TypeId>) {
    match p.signature(sig) {
        Some(s) => (
            p.tuple(s.params).iter().map(|&v| p.obj_type(v)).collect(),
            p.tuple(s.results).iter().map(|&v| p.obj_type(v)).collect(),
        ),
        None => (Vec::new(), Vec::new()),
    }
}

/// Indexes package-level variable initializers by expression id and
/// `init` functions by package.
pub fn index_package<'p>(u: &mut Unit<'p>, pkg: PkgId, files: &'p [ast::File]) {
    for f in files {
        for d in &f.decls {
            match d {
                ast::Decl::Gen(g) if g.kind == ast::DeclKind::Var => {
                    for spec in &g.specs {
                        if let ast::Spec::Value(v) = spec {
                            for e in &v.values {
                                u.init_exprs.insert(e.id, e);
                            }
                            if v.values.len() == v.names.len() {
                                for (n, e) in v.names.iter().zip(v.values.iter()) {
                                    if let Some(&o) = u.p.info.defs.get(&n.id) {
                                        u.var_inits.insert(o, e);
                                    }
                                }
                            }
                        }
                    }
                }
                ast::Decl::Func(fd) if fd.recv.is_none() && fd.name.name.as_str() == "init" => {
                    if let Some(&o) = u.p.info.defs.get(&fd.name.id) {
                        u.init_funcs.entry(pkg).or_default().push(o);
                    }
                }
                _ => {}
            }
        }
    }
}

#[allow(dead_code)]
fn _e(_: &Expr, _: HashMap<u8, u8>) {}

#[cfg(test)]
mod tests {
    use super::is_run_once;

    #[test]
    fn run_once_code_is_package_initialization() {
        for n in [
            "go.init",
            "os.init",
            "os.init.0",
            "syscall.init.12",
            "os.ErrClosed.init",
        ] {
            assert!(is_run_once(n), "{n}");
        }
        assert!(!is_run_once("main.main"));
        assert!(!is_run_once("main.init.func1"));
        assert!(!is_run_once("time.initLocal"));
    }
}
