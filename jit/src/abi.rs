//! The calling convention of compiled Go functions.
//!
//! Every Go function, method and closure body is a System V function:
//!
//! ```text
//! fn(g, ctx, [ret pointers], [receiver], params...) -> results
//! ```
//!
//! - `g` is the current goroutine (`gorun_runtime::abi`); `ctx` is the
//!   closure record the function was called through (its captured
//!   variables follow the code pointer), or anything for direct calls.
//! - A result that lives in memory (see `layout.rs`) is written through a
//!   pointer the caller passes, one per such result, before the receiver;
//!   other results are returned as their components, in order, in
//!   registers when there are at most two components, else through a
//!   result area of one word per component whose pointer the caller
//!   passes right after ctx (so natives can call Go code with a plain C
//!   signature: `fn(g, ctx, [area], [mem ptrs], [recv], params...)`).
//! - The receiver and parameters are passed as their components; one that
//!   lives in memory is passed as a pointer to a copy the callee owns.
//!
//! A function without parameters or results therefore has the signature of
//! a goroutine entry, `fn(g, ctx)`, and can be started by `newproc` directly.

use cranelift_codegen::ir::{AbiParam, Signature, Type as ClType, types};
use cranelift_codegen::isa::CallConv;
use gorun_frontend::types::{Program, TypeId};

use crate::layout::{Repr, repr};

/// How one Go parameter or result crosses the call.
#[derive(Clone, Debug)]
pub enum Slot {
    /// As these components.
    Regs(Vec<ClType>),
    /// As a pointer to memory holding the value.
    Mem,
}

/// The machine view of a Go function type.
#[derive(Clone, Debug)]
pub struct FnAbi {
    pub sig: Signature,
    /// Receiver (if any) then parameters.
    pub params: Vec<(TypeId, Slot)>,
    pub results: Vec<(TypeId, Slot)>,
    /// Number of pointer parameters for memory results (after g, ctx and
    /// the result area's pointer).
    pub n_ret_ptrs: usize,
    /// Results in registers beyond two words come back through a result
    /// area instead: one 8-byte word per component, in order, at a pointer
    /// the caller passes right after ctx. This many components (0: none).
    pub ret_area: usize,
}

fn slot(p: &Program, t: TypeId) -> Slot {
    match repr(p, t) {
        Repr::Regs(c) => Slot::Regs(c.iter().map(|c| c.ty).collect()),
        Repr::Mem { .. } => Slot::Mem,
    }
}

impl FnAbi {
    /// The ABI of a function with the given receiver type, parameter and
    /// result types (variadic parameters are already slices).
    pub fn new(p: &Program, recv: Option<TypeId>, params: &[TypeId], results: &[TypeId]) -> FnAbi {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(types::I64)); // g
        sig.params.push(AbiParam::new(types::I64)); // ctx
        let results: Vec<(TypeId, Slot)> = results.iter().map(|&t| (t, slot(p, t))).collect();
        let mut n_ret_ptrs = 0;
        let reg_words: usize = results
            .iter()
            .map(|(_, s)| match s {
                Slot::Regs(tys) => tys.len(),
                Slot::Mem => 0,
            })
            .sum();
        let ret_area = if reg_words > 2 { reg_words } else { 0 };
        if ret_area > 0 {
            sig.params.push(AbiParam::new(types::I64));
        }
        for (_, s) in &results {
            match s {
                Slot::Mem => {
                    sig.params.push(AbiParam::new(types::I64));
                    n_ret_ptrs += 1;
                }
                Slot::Regs(tys) if ret_area == 0 => {
                    sig.returns.extend(tys.iter().map(|&t| AbiParam::new(t)))
                }
                Slot::Regs(_) => {}
            }
        }
        let mut ps = Vec::new();
        for &t in recv.iter().chain(params.iter()) {
            let s = slot(p, t);
            match &s {
                Slot::Regs(tys) => sig.params.extend(tys.iter().map(|&t| AbiParam::new(t))),
                Slot::Mem => sig.params.push(AbiParam::new(types::I64)),
            }
            ps.push((t, s));
        }
        FnAbi {
            sig,
            params: ps,
            results,
            n_ret_ptrs,
            ret_area,
        }
    }

    /// Parameters before the receiver: the result area's pointer and the
    /// memory results' pointers (after g and ctx).
    pub fn lead(&self) -> usize {
        (self.ret_area > 0) as usize + self.n_ret_ptrs
    }

    /// The ABI of a Go signature type, with the receiver as first
    /// parameter if `with_recv`.
    pub fn of_signature(p: &Program, sig: TypeId, with_recv: bool) -> FnAbi {
        let s = p.signature(sig).expect("a signature");
        let recv = if with_recv {
            s.recv.map(|r| p.obj_type(r))
        } else {
            None
        };
        let params: Vec<TypeId> = p.tuple(s.params).iter().map(|&v| p.obj_type(v)).collect();
        let results: Vec<TypeId> = p.tuple(s.results).iter().map(|&v| p.obj_type(v)).collect();
        FnAbi::new(p, recv, &params, &results)
    }
}

/// A goroutine entry's signature: `fn(g, ctx)`.
pub fn entry_sig() -> Signature {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params.push(AbiParam::new(types::I64));
    sig.params.push(AbiParam::new(types::I64));
    sig
}

/// A runtime or native function's signature from its parameter and
/// result types.
pub fn c_sig(params: &[ClType], returns: &[ClType]) -> Signature {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
    sig.returns
        .extend(returns.iter().map(|&t| AbiParam::new(t)));
    sig
}
