//! Inlining: small leaf functions are spliced into their callers by
//! Cranelift's inliner (`Context::inline`), as gc inlines them.
//!
//! Which callees: declared functions and methods (generic instances too)
//! called directly, whose body, compiled without its stack check, is
//! - a leaf: it refers to no function at all (no calls, so no runtime
//!   calls and no panics, which are runtime calls; no closures or func
//!   values);
//! - frameless: no stack slots, so the caller's prologue, which checks
//!   for the caller's own frame only, stays right;
//! - small: at most [`MAX_INSTS`] instructions.
//!
//! Why only these: a callee that can panic would, once inlined, lose its
//! frame in tracebacks (Go prints inlined frames; our PC table has one
//! function per PC). A callee with no calls cannot fault: its loads and
//! stores are of its own values (nil and bounds checks are calls), and a
//! loop's back-edge check is a call to `morestack`, so loops stay out too.
//! What is left is what gc's inliner gains most on: accessors and small
//! arithmetic helpers called in hot loops.
//!
//! Invariant: the body the inliner splices is compiled from the same
//! declaration as the out-of-line function, with the same signature, and
//! only if it makes no function of its own (`Escapes::makes_funcs`):
//! lowering a body twice must not make or name anything twice (the
//! out-of-line copy's closures and range bodies get the names Go gives).

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use cranelift_codegen::inline::{Inline, InlineCommand};
use cranelift_codegen::ir::{self, ExternalName, Function, UserFuncName};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Module};

use crate::unit::Unit;

/// The largest callee inlined, in Cranelift instructions (gc's budget is
/// 80 nodes of its IR; a CLIF instruction is about one node).
const MAX_INSTS: usize = 48;

/// Directs `Context::inline` for one caller: the bodies to splice, by
/// callee, already adapted to the caller (`Unit::inliner_for`).
pub struct Inliner {
    bodies: HashMap<FuncId, Function>,
}

/// The function a direct call refers to, if it is one of ours.
fn callee_id(caller: &Function, callee: ir::FuncRef) -> Option<FuncId> {
    let ExternalName::User(r) = caller.dfg.ext_funcs[callee].name else {
        return None;
    };
    let name = &caller.params.user_named_funcs()[r];
    // Namespace 0 is cranelift-module's functions.
    (name.namespace == 0).then(|| FuncId::from_u32(name.index))
}

impl Inline for Inliner {
    fn inline(
        &mut self,
        caller: &ir::Function,
        _call_inst: ir::Inst,
        _call_opcode: ir::Opcode,
        callee: ir::FuncRef,
        _call_args: &[ir::Value],
    ) -> InlineCommand<'_> {
        match callee_id(caller, callee).and_then(|id| self.bodies.get(&id)) {
            Some(f) => InlineCommand::Inline {
                callee: Cow::Borrowed(f),
                visit_callee: false,
            },
            None => InlineCommand::KeepCall,
        }
    }
}

impl Unit<'_> {
    /// The inliner for `caller`: the inlinable callees of its direct calls.
    ///
    /// Cranelift's inliner copies the callee's symbol global values (package
    /// variables, string data) as they are, so their names must already be
    /// indices into the caller's table of external names: each callee body
    /// is re-pointed at names declared in the caller.
    pub fn inliner_for(&mut self, caller: &mut Function) -> Inliner {
        let mut callees = Vec::new();
        for block in caller.layout.blocks() {
            for inst in caller.layout.block_insts(block) {
                if let ir::InstructionData::Call { func_ref, .. }
                | ir::InstructionData::TryCall { func_ref, .. } = caller.dfg.insts[inst]
                    && let Some(id) = callee_id(caller, func_ref)
                {
                    callees.push(id);
                }
            }
        }
        let mut bodies = HashMap::new();
        for id in callees {
            if bodies.contains_key(&id) {
                continue;
            }
            let Some(body) = self.inline_body(id) else {
                continue;
            };
            let mut f = (*body).clone();
            for gv in f.global_values.values_mut() {
                if let ir::GlobalValueData::Symbol {
                    name: ExternalName::User(r),
                    ..
                } = gv
                {
                    let n = body.params.user_named_funcs()[*r].clone();
                    *r = caller.declare_imported_user_function(n);
                }
            }
            bodies.insert(id, f);
        }
        Inliner { bodies }
    }

    /// The body to splice for calls to `id`, if it is inlinable (built
    /// once per function).
    fn inline_body(&mut self, id: FuncId) -> Option<Rc<Function>> {
        if let Some(b) = self.inline_bodies.get(&id) {
            return b.clone();
        }
        let body = self.build_inline_body(id);
        self.inline_bodies.insert(id, body.clone());
        body
    }

    fn build_inline_body(&mut self, id: FuncId) -> Option<Rc<Function>> {
        let &(obj, decl) = self.decl_funcs.get(&id)?;
        // Cheap rejections before compiling anything: bodies too long to
        // fit the budget, and functions that defer.
        let body = decl.body.as_ref()?;
        if body.stmts.len() > 4 {
            return None;
        }
        // A body that makes functions of its own (closures, range bodies,
        // wrappers) refers to them, so it is no leaf; rejected before
        // lowering, which would make and name them a second time.
        let esc = self.decl_escapes(obj, decl)?;
        if esc.makes_funcs {
            return None;
        }
        let decl_info = self.module.declarations().get_function_decl(id);
        let sig = decl_info.signature.clone();
        let name = decl_info.name.clone().unwrap_or_default();
        let mut func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fctx = FunctionBuilderContext::new();
        {
            let b = FunctionBuilder::new(&mut func, &mut fctx);
            self.compile_decl(b, id, obj, decl, Rc::new(esc), &name, false);
        }
        inlinable(&func).then(|| Rc::new(func))
    }
}

/// Whether a body compiled without its prologue may be spliced (see the
/// module doc).
fn inlinable(f: &Function) -> bool {
    if !f.dfg.ext_funcs.is_empty()
        || !f.sized_stack_slots.is_empty()
        || !f.dynamic_stack_slots.is_empty()
    {
        return false;
    }
    let mut n = 0;
    for block in f.layout.blocks() {
        for inst in f.layout.block_insts(block) {
            if f.dfg.insts[inst].opcode().can_trap() && f.dfg.insts[inst].opcode().is_terminator() {
                return false;
            }
            n += 1;
            if n > MAX_INSTS {
                return false;
            }
        }
    }
    true
}
