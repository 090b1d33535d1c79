//! Compiling one function: its context, locals, prologue, values in
//! registers or memory, and its return path. Expressions, statements and
//! calls are in `expr.rs`, `stmt.rs` and `call.rs`.
//!
//! Invariants:
//! - The prologue checks the stack against `g.stackguard0` before anything
//!   else, as `gorun_runtime::abi` requires (a small leaf drops it, see
//!   `is_small_leaf`); loop back-edges check it too.
//! - A local variable lives in Cranelift variables (register values), in a
//!   frame slot (values that live in memory), or, if it escapes, in a heap
//!   cell whose pointer is in a Cranelift variable (so that a loop can give
//!   each iteration a fresh cell).
//! - A value that lives in memory is never aliased by a `Val::Mem` that
//!   outlives the statement that produced it: reading a variable of such a
//!   type copies it to a temporary.
//! - Every exit goes through one return block, which reads the results
//!   from their locals (deferred calls will run there).

use std::collections::HashMap;
use std::rc::Rc;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self, Block, InstBuilder, MemFlagsData, SourceLoc, StackSlot, StackSlotData, StackSlotKind,
    Type as ClType, Value, types,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::{DataId, FuncId, Module};
use gorun_frontend::name::Name;
use gorun_frontend::source::Pos;
use gorun_frontend::syntax::ast::{self, NodeId};
use gorun_frontend::types::{ObjId, Program, Selection, TypeAndValue, TypeId};
use smallvec::SmallVec;

use crate::abi::{FnAbi, Slot};
use crate::escape::Escapes;
use crate::layout::{Repr, repr};
use crate::unit::Unit;

/// A Go value produced by an expression.
#[derive(Clone, Debug)]
pub enum Val {
    /// The value's components (see `layout.rs`).
    Regs(SmallVec<[Value; 4]>),
    /// The address of a temporary holding the value (types in memory).
    Mem(Value),
}

impl Val {
    pub fn one(v: Value) -> Val {
        Val::Regs(SmallVec::from_slice(&[v]))
    }
    pub fn regs(&self) -> &[Value] {
        match self {
            Val::Regs(v) => v,
            Val::Mem(_) => &[],
        }
    }
    /// The single component of a one-word value.
    pub fn v(&self) -> Value {
        match self {
            Val::Regs(v) => v[0],
            Val::Mem(a) => *a,
        }
    }
}

/// Where a local variable lives.
#[derive(Clone, Debug)]
pub enum Local {
    Regs(SmallVec<[Variable; 4]>),
    Frame(StackSlot),
    /// A heap cell; the variable holds its address.
    Cell(Variable),
    /// A captured variable: the cell address is word `i` (counting the code
    /// pointer as word 0) of the closure record.
    Capture(u32),
    /// A variable captured by value (`Escapes::by_value`): its value is in
    /// the closure record at this byte offset.
    CaptureVal(u32),
}

/// Where each capture lies in a closure record, after the code pointer:
/// (byte offset, by value) per capture, and the record's size. A capture
/// shared with the declaring function is its cell's address (one word); a
/// capture by value is the value itself, in whole words.
pub fn capture_layout(
    p: &gorun_frontend::types::Program,
    esc: &crate::escape::Escapes,
    caps: &[ObjId],
) -> (Vec<(u32, bool)>, u32) {
    let mut off = 8u32;
    let mut out = Vec::with_capacity(caps.len());
    for c in caps {
        let by_value = esc.by_value.contains(c);
        out.push((off, by_value));
        off += if by_value {
            (p.sizeof(p.obj_type(*c)).max(0) as u32).next_multiple_of(8)
        } else {
            8
        };
    }
    (out, off)
}

/// A loop or switch that `break`/`continue` may target.
pub struct Target {
    pub label: Option<Name>,
    pub brk: Block,
    pub cont: Option<Block>,
}

pub struct FnCx<'a, 'p> {
    pub u: &'a mut Unit<'p>,
    pub p: &'p Program,
    pub b: FunctionBuilder<'a>,
    pub id: FuncId,
    pub name: String,
    pub g: Value,
    pub ctx: Value,
    pub esc: Rc<Escapes>,
    pub locals: HashMap<ObjId, (Local, TypeId)>,
    pub abi: FnAbi,
    pub result_vars: Vec<ObjId>,
    pub ret_ptrs: Vec<Value>,
    pub ret_block: Block,
    pub targets: Vec<Target>,
    pub labels: HashMap<Name, Block>,
    /// The `iconst` holding the frame-size estimate of the stack check,
    /// patched once the frame's slots are known.
    frame_consts: Vec<ir::Inst>,
    frame_bytes: u32,
    /// The params block parameters, in ABI order after g and ctx.
    pub params: Vec<Value>,
    /// Values known not to be nil (read from `Escapes::nonnil` variables):
    /// `nil_check` skips them. A property of the SSA value, so it holds
    /// wherever the value is used.
    pub nonnil: std::collections::HashSet<Value>,
    /// Where `fallthrough` in the current switch clause goes.
    pub fallthrough: Option<Block>,
    /// The current block has its terminator.
    pub filled: bool,
    /// In a function with `defer`: where its calls continue when a panic
    /// is recovered (see deferred.rs); every call is then a `try_call`.
    pub landing: Option<Block>,
    /// In a function with `defer`: the words its exit path needs without
    /// SSA values (g, result area, result pointers, result addresses).
    pub rescue: Option<StackSlot>,
    /// Whether the function's body has a `defer` statement.
    pub has_defer: bool,
    /// The continuation block of the `try_call` being emitted.
    pub pending_normal: Option<Block>,
    /// Declare variables in the frame even if they fit registers (the
    /// results of a function with `defer`, while binding them).
    pub results_in_frame: bool,
    /// Compiling an instance of a generic function (or a literal inside
    /// one): the concrete types of its body (see mono.rs).
    pub inst: Option<&'p crate::mono::Inst>,
    /// The instance's object, for closures and wrappers made here.
    pub inst_obj: Option<ObjId>,
    /// Compiling the body of a range-over-func loop (see rangefunc.rs).
    pub rf: Option<Rc<crate::rangefunc::RangeInfo>>,
    /// The entry's jump to the stack check, and the blocks of the check
    /// and of the body, while the function may still drop the check
    /// (`finish`: a small leaf).
    prologue: Option<(ir::Inst, [Block; 3], Block)>,
}

/// Bytes added to the explicit frame slots for spills and outgoing
/// arguments in the stack check's frame estimate.
const FRAME_SLACK: u32 = 512;

/// The largest variable or temporary kept in a frame; larger ones live in
/// the heap, as gc moves large variables there. Cranelift allocates the
/// whole frame before the stack check runs, so frames must stay well
/// inside the stack guard (`runtime::stack::STACK_GUARD`, 16 KiB): a
/// call to morestack from below the segment would fault.
const MAX_FRAME_VALUE: u32 = 2048;

/// The frame space variables and temporaries may take in all (spill slots
/// and saved registers come on top).
const MAX_FRAME_VALUES: u32 = 8192;

/// An alignment Cranelift's small memory copies accept: at most 8, and
/// dividing the size.
fn eff_align(size: u32, align: u32) -> u8 {
    let mut a = align.clamp(1, 8);
    while a > 1 && !size.is_multiple_of(a) {
        a /= 2;
    }
    a as u8
}

pub fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// Starts a function: entry block with the ABI's parameters, the stack
    /// check, and an empty return block.
    pub fn new(
        u: &'a mut Unit<'p>,
        b: FunctionBuilder<'a>,
        id: FuncId,
        name: String,
        abi: FnAbi,
        esc: Rc<Escapes>,
    ) -> Self {
        let mut cx = Self::new_without_prologue(u, b, id, name, abi, esc);
        let entry = cx.b.current_block().expect("entry block");
        cx.prologue(entry);
        cx
    }

    /// A function gorun generates with no Go body of its own (wrappers,
    /// adapters, thunks): no local escapes.
    pub fn generated(
        u: &'a mut Unit<'p>,
        b: FunctionBuilder<'a>,
        id: FuncId,
        name: &str,
        abi: FnAbi,
    ) -> Self {
        Self::new(u, b, id, name.to_string(), abi, Rc::new(Escapes::default()))
    }

    /// A function without the stack check: only for bodies the inliner
    /// splices into callers, which run on their caller's checked frame.
    pub fn new_without_prologue(
        u: &'a mut Unit<'p>,
        b: FunctionBuilder<'a>,
        id: FuncId,
        name: String,
        abi: FnAbi,
        esc: Rc<Escapes>,
    ) -> Self {
        let p = u.p;
        let mut b = b;
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let g = params[0];
        let ctx = params[1];
        let ret_block = b.create_block();
        FnCx {
            u,
            p,
            b,
            id,
            name,
            g,
            ctx,
            esc,
            locals: HashMap::new(),
            abi,
            result_vars: Vec::new(),
            ret_ptrs: Vec::new(),
            ret_block,
            targets: Vec::new(),
            labels: HashMap::new(),
            frame_consts: Vec::new(),
            frame_bytes: 0,
            params: params[2..].to_vec(),
            nonnil: std::collections::HashSet::new(),
            fallthrough: None,
            filled: false,
            landing: None,
            rescue: None,
            has_defer: false,
            pending_normal: None,
            results_in_frame: false,
            inst: None,
            inst_obj: None,
            rf: None,
            prologue: None,
        }
    }

    // -- stack checks -----------------------------------------------------------------

    /// `if SP - framesize <= g.stackguard0 { morestack }`; on a real
    /// overflow, runs this function on a new stack segment through a thunk.
    fn prologue(&mut self, entry: Block) {
        let check = self.b.create_block();
        let slow = self.b.create_block();
        let split = self.b.create_block();
        let body = self.b.create_block();
        let to_check = self.b.ins().jump(check, &[]);
        self.prologue = Some((to_check, [check, slow, split], body));
        self.b.seal_block(entry);

        self.switch_to(check);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let guard = self.b.ins().load(
            types::I64,
            trusted(),
            self.g,
            gorun_runtime::abi::G_STACKGUARD0_OFFSET as i32,
        );
        let k = self.b.ins().iconst(types::I64, 0);
        if let Some(inst) = self.b.func.dfg.value_def(k).inst() {
            self.frame_consts.push(inst);
        }
        let need = self.b.ins().isub(sp, k);
        let low = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, need, guard);
        self.b.ins().brif(low, slow, &[], body, &[]);

        self.switch_to(slow);
        self.b.set_cold_block(slow);
        let k2 = self.b.ins().iconst(types::I64, 0);
        if let Some(inst) = self.b.func.dfg.value_def(k2).inst() {
            self.frame_consts.push(inst);
        }
        let r = self.call_rt("gorun_morestack", &[self.g, k2]);
        self.b.ins().brif(r[0], split, &[], check, &[]);
        self.b.seal_block(check);

        self.switch_to(split);
        self.b.set_cold_block(split);
        self.b.seal_block(split);
        self.emit_split_call();
        self.b.seal_block(slow);

        self.switch_to(body);
        self.b.seal_block(body);
    }

    /// Calls this function again on a new stack segment through the thunk
    /// of its signature, then returns its results.
    fn emit_split_call(&mut self) {
        let sig = self.b.func.signature.clone();
        let nparams = sig.params.len() - 1; // all but g: ctx and the rest
        let nrets = sig.returns.len();
        let words = 1 + nparams + nrets;
        let slot = self.new_slot((words * 8) as u32, 8);
        let data = self.b.ins().stack_addr(types::I64, slot, 0);
        let fref = self.u.module.declare_func_in_func(self.id, self.b.func);
        let me = self.b.ins().func_addr(types::I64, fref);
        self.b.ins().store(trusted(), me, data, 0);
        let all: Vec<Value> = std::iter::once(self.ctx)
            .chain(self.params.iter().copied())
            .collect();
        for (i, v) in all.iter().enumerate() {
            self.b
                .ins()
                .store(trusted(), *v, data, (8 * (1 + i)) as i32);
        }
        let thunk = self.u.thunk(&sig);
        let tref = self.u.module.declare_func_in_func(thunk, self.b.func);
        let taddr = self.b.ins().func_addr(types::I64, tref);
        let k = self.b.ins().iconst(types::I64, 0);
        if let Some(inst) = self.b.func.dfg.value_def(k).inst() {
            self.frame_consts.push(inst);
        }
        self.call_rt("gorun_call_on_new_stack", &[self.g, taddr, data, k]);
        let mut rets = Vec::new();
        for (i, r) in sig.returns.iter().enumerate() {
            let v = self.b.ins().load(
                r.value_type,
                trusted(),
                data,
                (8 * (1 + nparams + i)) as i32,
            );
            rets.push(v);
        }
        self.b.ins().return_(&rets);
    }

    /// The loop back-edge check: `if SP <= g.stackguard0 { morestack(g, 0) }`
    /// (through the register-preserving `gorun_preempt_check`).
    pub fn backedge_check(&mut self, header: Block) {
        let slow = self.b.create_block();
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let guard = self.b.ins().load(
            types::I64,
            trusted(),
            self.g,
            gorun_runtime::abi::G_STACKGUARD0_OFFSET as i32,
        );
        let low = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, sp, guard);
        self.branch(low, slow, header);
        self.switch_to(slow);
        self.b.set_cold_block(slow);
        self.b.seal_block(slow);
        // Preserves every register: the loop's values stay in registers
        // across this cold call instead of being spilled around it.
        self.call_rt(crate::unit::PREEMPT_CHECK, &[self.g]);
        self.jump(header);
    }

    /// Compiles a function's body (parameters bound), falls into the
    /// return block and finishes the function.
    pub fn finish_body(mut self, body: &'p ast::Block) {
        self.block(body);
        let rb = self.ret_block;
        self.jump(rb);
        self.emit_return_block();
        self.finish();
    }

    /// Patches the stack check's frame estimate and finishes the function;
    /// a small leaf goes without the check.
    pub fn finish(mut self) {
        let estimate = (self.frame_bytes + FRAME_SLACK) as i64;
        for inst in std::mem::take(&mut self.frame_consts) {
            self.b.func.replace(inst).iconst(types::I64, estimate);
        }
        if let Some((to_check, check_blocks, body)) = self.prologue
            && self.is_small_leaf(&check_blocks)
        {
            // The stack check's blocks become unreachable and are dropped.
            self.b.func.replace(to_check).jump(body, &[]);
        }
        self.b.seal_all_blocks();
        let cfg = self.u.module.target_config();
        self.b.finalize(cfg);
    }

    /// Whether the function, outside its stack check, makes no call at all
    /// and is small: then, as gc's leaf functions, it needs no check of its
    /// own. Its caller's check left FRAME_SLACK bytes above the guard (and
    /// STACK_GUARD more below it), which bounds what straight-line code of
    /// at most LEAF_INSTS instructions and LEAF_FRAME bytes of slots can
    /// use; with no call (no loop either: back-edges call the preemption
    /// check) it returns promptly, so preemption waits for its caller.
    fn is_small_leaf(&self, check_blocks: &[Block; 3]) -> bool {
        const LEAF_INSTS: usize = 256;
        const LEAF_FRAME: u32 = 256;
        if self.frame_bytes > LEAF_FRAME {
            return false;
        }
        let f = &self.b.func;
        let mut n = 0;
        for block in f.layout.blocks() {
            if check_blocks.contains(&block) {
                continue;
            }
            for inst in f.layout.block_insts(block) {
                n += 1;
                if n > LEAF_INSTS || f.dfg.insts[inst].opcode().is_call() {
                    return false;
                }
            }
        }
        true
    }

    // -- frame and heap -------------------------------------------------------------------

    pub fn new_slot(&mut self, size: u32, align: u32) -> StackSlot {
        let size = size.max(1);
        let align_shift = align.max(1).trailing_zeros() as u8;
        self.frame_bytes += size + align;
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            align_shift,
        ))
    }

    /// Whether a value of `size` bytes may go in the frame (see
    /// [`MAX_FRAME_VALUE`], [`MAX_FRAME_VALUES`]).
    fn fits_frame(&self, size: u32) -> bool {
        size <= MAX_FRAME_VALUE && self.frame_bytes + size <= MAX_FRAME_VALUES
    }

    /// A temporary in the frame for a value of type `t`; returns its address.
    /// Values the frame has no room for get a heap object instead.
    pub fn temp(&mut self, t: TypeId) -> Value {
        let size = self.p.sizeof(t).max(1) as u32;
        if !self.fits_frame(size) {
            return self.heap_alloc(t);
        }
        let align = self.p.alignof(t).max(1) as u32;
        let s = self.new_slot(size, align.max(8));
        self.b.ins().stack_addr(types::I64, s, 0)
    }

    /// Allocates a zeroed heap object of type `t`.
    pub fn heap_alloc(&mut self, t: TypeId) -> Value {
        let size = self.p.sizeof(t).max(0);
        let rt = self.rtype_addr(t);
        let sz = self.b.ins().iconst(types::I64, size);
        let one = self.b.ins().iconst(types::I8, 1);
        self.call_rt("gorun_mallocgc", &[self.g, sz, rt, one])[0]
    }

    /// The address of `t`'s type descriptor.
    pub fn rtype_addr(&mut self, t: TypeId) -> Value {
        let d = self.u.rtype(t);
        self.data_addr(d)
    }

    pub fn data_addr(&mut self, d: DataId) -> Value {
        let gv = self.u.module.declare_data_in_func(d, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }

    // -- runtime calls ----------------------------------------------------------------------

    /// Calls runtime entry `name` and returns its results.
    pub fn call_rt(&mut self, name: &str, args: &[Value]) -> Vec<Value> {
        let id = self.u.rt_func(name);
        let fref = self.u.module.declare_func_in_func(id, self.b.func);
        self.call_direct(fref, args)
    }

    /// A direct call (a `try_call` in a function with `defer`).
    pub fn call_direct(&mut self, fref: ir::FuncRef, args: &[Value]) -> Vec<Value> {
        match self.landing {
            None => {
                let call = self.b.ins().call(fref, args);
                self.b.inst_results(call).to_vec()
            }
            Some(_) => {
                let sig = self.b.func.dfg.ext_funcs[fref].signature;
                let et = self.exception_table(sig);
                self.b.ins().try_call(fref, args, et);
                self.after_try_call(sig)
            }
        }
    }

    /// An indirect call (a `try_call_indirect` in a function with `defer`).
    pub fn call_indirect(&mut self, sig: ir::SigRef, code: Value, args: &[Value]) -> Vec<Value> {
        match self.landing {
            None => {
                let call = self.b.ins().call_indirect(sig, code, args);
                self.b.inst_results(call).to_vec()
            }
            Some(_) => {
                let et = self.exception_table(sig);
                self.b.ins().try_call_indirect(code, args, et);
                self.after_try_call(sig)
            }
        }
    }

    pub fn set_pos(&mut self, pos: Pos) {
        if pos.is_valid() {
            self.b.set_srcloc(SourceLoc::new(pos.0));
        }
    }

    // -- values -------------------------------------------------------------------------------

    pub fn repr(&self, t: TypeId) -> Repr {
        repr(self.p, t)
    }

    /// Loads a value of type `t` from `addr`. A value that lives in memory
    /// is copied to a fresh temporary.
    pub fn load(&mut self, addr: Value, t: TypeId) -> Val {
        match self.repr(t) {
            Repr::Regs(comps) => {
                let vs = comps
                    .iter()
                    .map(|c| self.b.ins().load(c.ty, trusted(), addr, c.offset as i32))
                    .collect();
                Val::Regs(vs)
            }
            Repr::Mem { size, align } => {
                let tmp = self.temp(t);
                self.copy_mem(tmp, addr, size, align);
                Val::Mem(tmp)
            }
        }
    }

    /// Stores value `v` of type `t` at `addr`.
    pub fn store(&mut self, addr: Value, t: TypeId, v: &Val) {
        match (self.repr(t), v) {
            (Repr::Regs(comps), Val::Regs(vs)) => {
                for (c, &x) in comps.iter().zip(vs.iter()) {
                    self.b.ins().store(trusted(), x, addr, c.offset as i32);
                }
            }
            (Repr::Mem { size, align }, Val::Mem(src)) => self.copy_mem(addr, *src, size, align),
            (Repr::Regs(comps), Val::Mem(src)) => {
                // A value in memory whose type is held in registers (from a
                // generic temporary): copy component by component.
                for c in comps.iter() {
                    let x = self.b.ins().load(c.ty, trusted(), *src, c.offset as i32);
                    self.b.ins().store(trusted(), x, addr, c.offset as i32);
                }
            }
            (Repr::Mem { size, align }, Val::Regs(_)) => {
                // Only a zero-size value can be in registers here.
                let _ = (size, align);
            }
        }
    }

    /// `memmove(dst, src, size)` for values in memory.
    pub fn copy_mem(&mut self, dst: Value, src: Value, size: u32, align: u32) {
        if size == 0 {
            return;
        }
        let cfg = self.u.module.target_config();
        let a = eff_align(size, align);
        if size <= 64 {
            self.b
                .emit_small_memory_copy(cfg, dst, src, size as u64, a, a, false, trusted());
        } else {
            let n = self.b.ins().iconst(types::I64, size as i64);
            self.b.call_memmove(cfg, dst, src, n);
        }
    }

    /// Zeroes `size` bytes at `addr`.
    pub fn zero_mem(&mut self, addr: Value, size: u32, align: u32) {
        if size == 0 {
            return;
        }
        let cfg = self.u.module.target_config();
        let a = eff_align(size, align);
        if size <= 64 {
            self.b
                .emit_small_memset(cfg, addr, 0, size as u64, a, trusted());
        } else {
            let n = self.b.ins().iconst(types::I64, size as i64);
            let z = self.b.ins().iconst(types::I8, 0);
            self.b.call_memset(cfg, addr, z, n);
        }
    }

    /// The zero value of type `t`.
    pub fn zero(&mut self, t: TypeId) -> Val {
        match self.repr(t) {
            Repr::Regs(comps) => Val::Regs(comps.iter().map(|c| self.zero_of(c.ty)).collect()),
            Repr::Mem { size, align } => {
                let tmp = self.temp(t);
                self.zero_mem(tmp, size, align);
                Val::Mem(tmp)
            }
        }
    }

    pub fn zero_of(&mut self, ty: ClType) -> Value {
        if ty == types::F32 {
            self.b.ins().f32const(0.0)
        } else if ty == types::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(ty, 0)
        }
    }

    /// Makes `v` an independent copy (for values in memory about to be
    /// stored while the source may change).
    pub fn copy_val(&mut self, v: Val, t: TypeId) -> Val {
        match v {
            Val::Mem(a) => self.load(a, t),
            r => r,
        }
    }

    // -- locals -------------------------------------------------------------------------------

    /// Declares local variable `obj` of type `t` initialized to `init`
    /// (or zero): a fresh variable (or cell, if it escapes).
    pub fn declare_local(&mut self, obj: ObjId, t: TypeId, init: Option<Val>) {
        let init = match init {
            Some(v) => v,
            None => self.zero(t),
        };
        let size = self.p.sizeof(t).max(0) as u32;
        if self.esc.heap.contains(&obj) || !self.fits_frame(size) {
            let cell = self.heap_alloc(t);
            self.store(cell, t, &init);
            let var = self.b.declare_var(types::I64);
            self.b.def_var(var, cell);
            self.locals.insert(obj, (Local::Cell(var), t));
            return;
        }
        match self.repr(t) {
            Repr::Regs(comps) if !self.results_in_frame => {
                let mut vars = SmallVec::new();
                for (c, &x) in comps.iter().zip(init.regs().iter()) {
                    let var = self.b.declare_var(c.ty);
                    self.b.def_var(var, x);
                    vars.push(var);
                }
                self.locals.insert(obj, (Local::Regs(vars), t));
            }
            _ => {
                let (size, align) = (
                    self.p.sizeof(t).max(0) as u32,
                    self.p.alignof(t).max(1) as u32,
                );
                let slot = self.new_slot(size, align.max(8));
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                self.store(addr, t, &init);
                self.locals.insert(obj, (Local::Frame(slot), t));
            }
        }
    }

    /// Gives an escaping variable a fresh cell holding its current value
    /// (each loop iteration's own variable, Go 1.22).
    pub fn renew_cell(&mut self, obj: ObjId) {
        if let Some((Local::Cell(var), t)) = self.locals.get(&obj).cloned() {
            let old = self.b.use_var(var);
            let v = self.load(old, t);
            let cell = self.heap_alloc(t);
            self.store(cell, t, &v);
            self.b.def_var(var, cell);
        }
    }

    /// The address of a variable's storage (it must live in memory).
    pub fn var_addr(&mut self, obj: ObjId) -> Option<Value> {
        match self.locals.get(&obj).cloned() {
            Some((Local::Frame(slot), _)) => Some(self.b.ins().stack_addr(types::I64, slot, 0)),
            Some((Local::Cell(var), _)) => Some(self.b.use_var(var)),
            Some((Local::Capture(i), _)) => Some(self.b.ins().load(
                types::I64,
                trusted(),
                self.ctx,
                (8 * i) as i32,
            )),
            Some((Local::CaptureVal(off), _)) => {
                Some(self.b.ins().iadd_imm_s(self.ctx, off as i64))
            }
            Some((Local::Regs(_), _)) => None,
            None => {
                // A package-level variable.
                let d = self.u.global(obj);
                Some(self.data_addr(d))
            }
        }
    }

    pub fn read_var(&mut self, obj: ObjId) -> Val {
        let v = if let Some((Local::Regs(vars), _)) = self.locals.get(&obj) {
            let vars = vars.clone();
            Val::Regs(vars.iter().map(|&v| self.b.use_var(v)).collect())
        } else {
            let t = self.var_type(obj);
            let addr = self.var_addr(obj).expect("a variable in memory");
            self.load(addr, t)
        };
        if self.esc.nonnil.contains(&obj)
            && let Val::Regs(r) = &v
            && r.len() == 1
        {
            self.nonnil.insert(r[0]);
        }
        v
    }

    pub fn write_var(&mut self, obj: ObjId, v: &Val) {
        if let Some((Local::Regs(vars), _)) = self.locals.get(&obj) {
            let vars = vars.clone();
            for (var, &x) in vars.iter().zip(v.regs().iter()) {
                self.b.def_var(*var, x);
            }
            return;
        }
        let t = self.var_type(obj);
        let addr = self.var_addr(obj).expect("a variable in memory");
        self.store(addr, t, v);
    }

    pub fn var_type(&self, obj: ObjId) -> TypeId {
        match self.locals.get(&obj) {
            Some((_, t)) => *t,
            None => self.obj_type(obj),
        }
    }

    // -- parameters and results -------------------------------------------------------------

    /// Binds the receiver and parameters of the function to locals, in
    /// order (`objs` has one entry per Go parameter, None for unnamed or
    /// blank ones), and the results to fresh zeroed locals.
    pub fn bind_params(&mut self, objs: &[Option<ObjId>], results: &[Option<ObjId>]) {
        let ra = (self.abi.ret_area > 0) as usize;
        self.ret_ptrs = self.params[ra..self.abi.lead()].to_vec();
        let mut k = self.abi.lead();
        let slots = self.abi.params.clone();
        for (i, (t, slot)) in slots.iter().enumerate() {
            let v = match slot {
                Slot::Regs(tys) => {
                    let vs: SmallVec<[Value; 4]> =
                        self.params[k..k + tys.len()].iter().copied().collect();
                    k += tys.len();
                    Val::Regs(vs)
                }
                Slot::Mem => {
                    let a = self.params[k];
                    k += 1;
                    Val::Mem(a)
                }
            };
            if let Some(Some(obj)) = objs.get(i) {
                let v = self.copy_val(v, *t);
                self.declare_local(*obj, *t, Some(v));
            }
        }
        let rslots = self.abi.results.clone();
        for (i, (t, _)) in rslots.iter().enumerate() {
            let obj = match results.get(i).copied().flatten() {
                Some(o) => o,
                None => self.synthetic_result(i),
            };
            self.results_in_frame = self.has_defer;
            self.declare_local(obj, *t, None);
            self.results_in_frame = false;
            self.result_vars.push(obj);
        }
        if self.has_defer {
            self.setup_defer();
        }
    }

    /// An object standing for an unnamed result.
    fn synthetic_result(&mut self, i: usize) -> ObjId {
        crate::escape::synthetic_result(i)
    }

    /// Emits the return block: reads results and returns them.
    pub fn emit_return_block(&mut self) {
        let rb = self.ret_block;
        self.switch_to(rb);
        if self.landing.is_some() {
            self.emit_defer_exit();
            self.b.seal_block(rb);
            return;
        }
        let mut rets = Vec::new();
        let rslots = self.abi.results.clone();
        let mut mem_i = 0;
        for (i, (t, slot)) in rslots.iter().enumerate() {
            let obj = self.result_vars[i];
            let v = self.read_var(obj);
            match slot {
                Slot::Regs(_) => rets.extend(v.regs().iter().copied()),
                Slot::Mem => {
                    let dst = self.ret_ptrs[mem_i];
                    mem_i += 1;
                    self.store(dst, *t, &v);
                }
            }
        }
        self.return_words(rets);
        self.filled = true;
        self.b.seal_block(rb);
    }

    /// Makes `blk` the current block.
    pub fn switch_to(&mut self, blk: Block) {
        self.b.switch_to_block(blk);
        self.filled = false;
    }

    /// Starts a new block if the current one is terminated (code after a
    /// return or branch is unreachable but must still be well-formed).
    pub fn ensure_open(&mut self) {
        if self.filled {
            let blk = self.b.create_block();
            self.switch_to(blk);
        }
    }

    /// Jumps to `to` unless the current block is already terminated.
    pub fn jump(&mut self, to: Block) {
        if !self.filled {
            self.b.ins().jump(to, &[]);
            self.filled = true;
        }
    }

    /// `if c { yes } else { no }` as a terminator.
    pub fn branch(&mut self, c: Value, yes: Block, no: Block) {
        self.b.ins().brif(c, yes, &[], no, &[]);
        self.filled = true;
    }
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// The function's own parameters (after result pointers) as values, in
    /// ABI order: receiver (if any) then parameters.
    pub fn collect_params_vals(&mut self) -> Vec<Val> {
        let mut k = self.abi.lead();
        let mut out = Vec::new();
        for (_, slot) in self.abi.params.clone() {
            match slot {
                Slot::Regs(tys) => {
                    out.push(Val::Regs(
                        self.params[k..k + tys.len()].iter().copied().collect(),
                    ));
                    k += tys.len();
                }
                Slot::Mem => {
                    out.push(Val::Mem(self.params[k]));
                    k += 1;
                }
            }
        }
        out
    }

    /// Returns the result components: in registers, or through the
    /// result area (see abi.rs).
    pub fn return_words(&mut self, rets: Vec<Value>) {
        let area = (self.abi.ret_area > 0).then(|| self.params[0]);
        self.return_words_via(area, rets)
    }

    /// `return_words` with the result area at `area` (None: results in
    /// registers).
    pub fn return_words_via(&mut self, area: Option<Value>, rets: Vec<Value>) {
        if let Some(area) = area {
            for (i, &v) in rets.iter().enumerate() {
                // Whole words, so natives may read any component as a u64.
                let ty = self.b.func.dfg.value_type(v);
                let v = if ty.is_int() && ty.bits() < 64 {
                    self.b.ins().uextend(types::I64, v)
                } else {
                    v
                };
                self.b.ins().store(trusted(), v, area, (8 * i) as i32);
            }
            self.b.ins().return_(&[]);
        } else {
            self.b.ins().return_(&rets);
        }
    }

    /// Returns the given result values directly (wrappers).
    pub fn return_vals(&mut self, vals: Vec<Val>) {
        let mut rets = Vec::new();
        let mut mem_i = 0;
        let rslots = self.abi.results.clone();
        for ((t, slot), v) in rslots.iter().zip(vals) {
            match slot {
                Slot::Regs(_) => match v {
                    Val::Regs(r) => rets.extend(r),
                    Val::Mem(a) => {
                        if let Repr::Regs(c) = self.repr(*t) {
                            for comp in c.iter() {
                                rets.push(self.b.ins().load(
                                    comp.ty,
                                    trusted(),
                                    a,
                                    comp.offset as i32,
                                ));
                            }
                        }
                    }
                },
                Slot::Mem => {
                    let dst = self.params[(self.abi.ret_area > 0) as usize + mem_i];
                    mem_i += 1;
                    self.store(dst, *t, &v);
                }
            }
        }
        self.return_words(rets);
        self.filled = true;
        // The unused return block must still be well-formed.
        let rb = self.ret_block;
        self.switch_to(rb);
        self.b.ins().trap(ir::TrapCode::unwrap_user(1));
        self.filled = true;
    }
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// Compiles this function as (part of) instance `inst` of a generic
    /// function.
    pub fn set_inst(&mut self, inst: Option<ObjId>) {
        let mono: &'p crate::mono::Mono = self.u.mono;
        self.inst_obj = inst;
        self.inst = inst.and_then(|i| mono.insts.get(&i));
    }

    /// The type and value the checker recorded for node `id`, with the
    /// instance's type arguments substituted.
    pub fn tv(&self, id: NodeId) -> Option<&'p TypeAndValue> {
        if let Some(i) = self.inst
            && let Some(tv) = i.types.get(&id)
        {
            return Some(tv);
        }
        self.p.info.types.get(&id)
    }

    /// The selection recorded for `id`, in the instance.
    pub fn sel(&self, id: NodeId) -> Option<&'p Selection> {
        if let Some(i) = self.inst
            && let Some(s) = i.sels.get(&id)
        {
            return Some(s);
        }
        self.p.info.selections.get(&id)
    }

    /// The object identifier `id` denotes: for a generic function, the
    /// instance this use names.
    pub fn use_of(&self, id: NodeId) -> Option<ObjId> {
        if let Some(i) = self.inst
            && let Some(&o) = i.uses.get(&id)
        {
            return Some(o);
        }
        if let Some(&o) = self.u.mono.uses.get(&id) {
            return Some(o);
        }
        self.p.info.uses.get(&id).copied()
    }

    /// The type of object `o`, in the instance.
    pub fn obj_type(&self, o: ObjId) -> TypeId {
        if let Some(i) = self.inst
            && let Some(&t) = i.objs.get(&o)
        {
            return t;
        }
        self.p.obj_type(o)
    }

    /// Allocates a zeroed heap array of `n` elements of type `elem`.
    pub fn heap_alloc_n(&mut self, elem: TypeId, n: i64) -> Value {
        let size = self.p.sizeof(elem).max(0) * n;
        let rt = self.rtype_addr(elem);
        let sz = self.b.ins().iconst(types::I64, size);
        let one = self.b.ins().iconst(types::I8, 1);
        self.call_rt("gorun_mallocgc", &[self.g, sz, rt, one])[0]
    }
}
