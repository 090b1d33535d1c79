//! `defer`, `recover` and the landing pads that let a panic's recovery
//! resume a frame (DESIGN.md, "JIT"; the runtime side is panic.rs).
//!
//! A function with a `defer` statement:
//! - keeps its results in memory (a deferred closure may change them after
//!   a `return` has set them, or a recovery may return them as they are);
//! - makes every call a `try_call` whose exceptional edge goes to one
//!   landing pad. The runtime resumes the frame there, stack and frame
//!   pointers restored, when a deferred call of this frame recovers;
//! - exits through one path, used by `return` and by the landing pad alike:
//!   run the frame's deferred calls (`gorun_deferreturn`), load the
//!   results, return them.
//!
//! Invariants:
//! - The exit path and the landing pad use no SSA value defined elsewhere
//!   in the function; what they need — g, the result area and result
//!   pointers, the results' addresses, the frame pointer — is saved at
//!   entry in a frame slot (`rescue`) and reloaded there. Even the frame
//!   pointer: Cranelift treats `get_frame_pointer` as a pure value and may
//!   reuse one computed before a call (kept in a callee-saved register),
//!   so reading it afresh on the exit path is not enough.
//! - The landing pad calls a no-op in the `winch` convention, which
//!   clobbers every register, so the prologue saves every callee-saved
//!   register (rbx, r12–r15) and the epilogue restores them all.
//!
//! Together they let the runtime resume a frame as Go's does, with only
//! SP, FP and PC (`gorun_resume`): no register the frames in between left
//! behind is read before the epilogue puts back the caller's. (An earlier
//! design asked libgcc's unwinder for the callee-saved registers at the
//! call; a frame walk and a locked FDE search per recovery cost most of a
//! recovered panic.)
//! `defer f(args)` evaluates f and the arguments at once into a record
//! whose code (a wrapper, `main.f.deferwrap1`) makes the call; every
//! deferred call goes through such a wrapper, so "called directly by the
//! deferred function" means "called by a function the wrapper called".

use cranelift_codegen::ir::{
    BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, InstBuilder, SigRef, Value, types,
};
use cranelift_module::Module;
use gorun_frontend::syntax::ast::Expr;
use gorun_frontend::types::TypeId;
use smallvec::SmallVec;

use crate::abi::Slot;
use crate::func::{FnCx, Val};

impl<'a, 'p> FnCx<'a, 'p> {
    /// The exception table of a `try_call` with signature `sig`: results to
    /// a fresh continuation block, exceptions to the landing pad.
    pub fn exception_table(&mut self, sig: SigRef) -> cranelift_codegen::ir::ExceptionTable {
        let normal = self.b.create_block();
        let rets: Vec<types::Type> = self.b.func.dfg.signatures[sig]
            .returns
            .iter()
            .map(|r| r.value_type)
            .collect();
        for ty in &rets {
            self.b.append_block_param(normal, *ty);
        }
        let landing = self.landing.expect("a landing pad");
        let pool = &mut self.b.func.dfg.value_lists;
        let nc = BlockCall::new(
            normal,
            (0..rets.len() as u32).map(BlockArg::TryCallRet),
            pool,
        );
        let ec = BlockCall::new(
            landing,
            [BlockArg::TryCallExn(0), BlockArg::TryCallExn(1)],
            pool,
        );
        self.pending_normal = Some(normal);
        self.b
            .func
            .dfg
            .exception_tables
            .push(ExceptionTableData::new(
                sig,
                nc,
                [ExceptionTableItem::Default(ec)],
            ))
    }

    /// Continues after a `try_call` in its normal block; its results.
    pub fn after_try_call(&mut self, _sig: SigRef) -> Vec<Value> {
        let normal = self.pending_normal.take().expect("a try_call");
        self.filled = true;
        self.switch_to(normal);
        self.b.seal_block(normal);
        self.b.block_params(normal).to_vec()
    }

    /// Sets up a function with `defer` (after its parameters and results
    /// are bound): the rescue slot and the landing pad.
    pub fn setup_defer(&mut self) {
        let n_res = self.result_vars.len();
        // g, the result area, result pointers, result addresses, the frame
        // pointer (rescue_fp_offset).
        let words = 3 + self.ret_ptrs.len() + n_res;
        let slot = self.new_slot((8 * words) as u32, 8);
        self.b.ins().stack_store(types::I64, self.g, slot, 0);
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let fp_off = self.rescue_fp_offset();
        self.b.ins().stack_store(types::I64, fp, slot, fp_off);
        if self.abi.ret_area > 0 {
            let area = self.params[0];
            self.b.ins().stack_store(types::I64, area, slot, 8);
        }
        for (i, p) in self.ret_ptrs.clone().into_iter().enumerate() {
            self.b
                .ins()
                .stack_store(types::I64, p, slot, (8 * (2 + i)) as i32);
        }
        let base = 2 + self.ret_ptrs.len();
        for (i, obj) in self.result_vars.clone().into_iter().enumerate() {
            let addr = self
                .var_addr(obj)
                .expect("results of a function with defer live in memory");
            self.b
                .ins()
                .stack_store(types::I64, addr, slot, (8 * (base + i)) as i32);
        }
        self.rescue = Some(slot);
        let landing = self.b.create_block();
        self.b.append_block_param(landing, types::I64);
        self.b.append_block_param(landing, types::I64);
        self.b.set_cold_block(landing);
        self.landing = Some(landing);
    }

    /// Where the rescue slot keeps the frame pointer: after the results'
    /// addresses.
    fn rescue_fp_offset(&self) -> i32 {
        (8 * (2 + self.ret_ptrs.len() + self.result_vars.len())) as i32
    }

    /// The exit path of a function with `defer`, in the return block, and
    /// the landing pad that joins it.
    pub fn emit_defer_exit(&mut self) {
        let (Some(landing), Some(slot)) = (self.landing, self.rescue) else {
            return;
        };
        let rb = self.ret_block;
        let here = self.b.current_block();
        self.switch_to(landing);
        // A call that clobbers every register: the prologue then saves all
        // callee-saved ones, so the epilogue restores the caller's whatever
        // the frames a recovery skipped left in them.
        // (A plain call: in this function call_rt would make a try_call.)
        let id = self.u.rt_func(crate::unit::CLOBBER_ALL);
        let fref = self.u.module.declare_func_in_func(id, self.b.func);
        self.b.ins().call(fref, &[]);
        self.b.ins().jump(rb, &[]);
        self.filled = true;
        if let Some(h) = here {
            self.switch_to(h);
        }
        let g = self.b.ins().stack_load(types::I64, types::I64, slot, 0);
        let fp_off = self.rescue_fp_offset();
        let fp = self
            .b
            .ins()
            .stack_load(types::I64, types::I64, slot, fp_off);
        let base = 2 + self.ret_ptrs.len();
        self.call_rt("gorun_deferreturn", &[g, fp]);
        let mut rets = Vec::new();
        let mut mem_i = 0;
        for (i, (t, s)) in self.abi.results.clone().into_iter().enumerate() {
            let addr =
                self.b
                    .ins()
                    .stack_load(types::I64, types::I64, slot, (8 * (base + i)) as i32);
            let v = self.load(addr, t);
            match s {
                Slot::Regs(_) => rets.extend(v.regs().iter().copied()),
                Slot::Mem => {
                    let dst =
                        self.b
                            .ins()
                            .stack_load(types::I64, types::I64, slot, 8 * (2 + mem_i));
                    mem_i += 1;
                    self.store(dst, t, &v);
                }
            }
        }
        // The result area's address too comes from the rescue slot.
        let area = (self.abi.ret_area > 0)
            .then(|| self.b.ins().stack_load(types::I64, types::I64, slot, 8));
        self.return_words_via(area, rets);
        self.filled = true;
    }

    /// This function's entry address (identifies the frame's function to
    /// the runtime).
    pub(crate) fn self_addr(&mut self) -> Value {
        let fref = self.u.module.declare_func_in_func(self.id, self.b.func);
        self.b.ins().func_addr(types::I64, fref)
    }

    /// `defer f(args)`.
    pub fn defer_stmt(&mut self, call: &'p Expr) {
        let Some(rec) = self.call_record(call, true) else {
            return;
        };
        if self.rf.is_some() {
            // In a range-over-func body: deferred to the function around
            // the loop, through the loop's head record (rangefunc.rs).
            let head = self.rf_defer_head();
            self.call_rt("gorun_deferprocat", &[self.g, head, rec]);
            return;
        }
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let entry = self.self_addr();
        self.call_rt("gorun_deferproc", &[self.g, fp, entry, rec]);
    }

    /// `recover()`: the panic value if called directly by a deferred call
    /// during a panic, else nil.
    pub fn recover_call(&mut self) -> Val {
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let r = self.call_rt("gorun_recover", &[self.g, fp]);
        Val::Regs(SmallVec::from_slice(&r))
    }

    /// A builtin called by a `go` or `defer` wrapper on saved arguments
    /// (`fv`, the record's func slot, is what call_record stored there).
    pub fn builtin_of_vals(
        &mut self,
        b: gorun_frontend::types::Builtin,
        defer: bool,
        fv: Value,
        args: Vec<Val>,
        ptypes: &[TypeId],
    ) {
        use gorun_frontend::types::Builtin;
        match b {
            Builtin::Close => {
                let c = args[0].v();
                self.call_rt("gorun_closechan", &[self.g, c]);
            }
            Builtin::Panic => {
                let (typ, data) = (args[0].regs()[0], args[0].regs()[1]);
                self.call_rt("gorun_gopanic", &[self.g, typ, data]);
            }
            Builtin::Print | Builtin::Println => {
                let vals = args.into_iter().zip(ptypes.iter().copied()).collect();
                self.print_vals(vals, b == Builtin::Println);
            }
            Builtin::Recover if defer => {
                // gc evaluates recover's frame argument where `defer
                // recover()` is written, so the deferred call recovers as
                // if the deferring function F called recover itself: it
                // stops the panic that is running F as a deferred call
                // (when F returns and runs its defers), and not one that
                // F's own panic started (that panic runs this wrapper, not
                // F). `fv` is F's frame pointer; F is on the stack whenever
                // its deferred calls run.
                self.call_rt("gorun_recover", &[self.g, fv]);
            }
            // A new goroutine has no panic to stop.
            Builtin::Recover => {}
            _ => {}
        }
    }
}
