//! Calling the standard library's natives (see `gorun_stdlib::native` for
//! the convention). Each bodiless function gets an adapter with the Go ABI
//! of `abi.rs` that widens arguments, calls the native, and narrows its
//! results; Go code calls (and takes the address of) the adapter like any
//! Go function.

use cranelift_codegen::ir::{AbiParam, Signature, Type as ClType, types};
use cranelift_codegen::isa::CallConv;
use gorun_frontend::types::Program;

use crate::abi::{FnAbi, Slot};
use crate::layout::{Repr, repr};

/// The class letter of a word: `i` integer/pointer, `f` float64, `s` float32.
fn class(t: ClType) -> char {
    if t == types::F64 {
        'f'
    } else if t == types::F32 {
        's'
    } else {
        'i'
    }
}

/// The machine type a native uses for a component.
pub fn native_ty(t: ClType) -> ClType {
    if t.is_float() { t } else { types::I64 }
}

/// One word of a native's results: a component type, or a pointer to
/// caller memory for a result that lives in memory.
#[derive(Clone, Debug)]
pub enum ResWord {
    Comp(ClType),
    MemPtr,
}

/// The words of a native's results, and whether they go through `ret`.
pub fn result_words(abi: &FnAbi) -> (Vec<ResWord>, bool) {
    let mut words = Vec::new();
    let mut has_mem = false;
    for (_, s) in &abi.results {
        match s {
            Slot::Regs(tys) => words.extend(tys.iter().map(|&t| ResWord::Comp(t))),
            Slot::Mem => {
                words.push(ResWord::MemPtr);
                has_mem = true;
            }
        }
    }
    let via_ret = words.len() > 2 || has_mem;
    (words, via_ret)
}

/// The native's machine signature and shape string for a Go ABI.
pub fn native_sig(p: &Program, abi: &FnAbi) -> (Signature, String) {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params.push(AbiParam::new(types::I64)); // g
    let (words, via_ret) = result_words(abi);
    if via_ret {
        sig.params.push(AbiParam::new(types::I64));
    }
    let mut shape = String::new();
    for (t, s) in &abi.params {
        match s {
            Slot::Regs(_) => {
                if let Repr::Regs(comps) = repr(p, *t) {
                    for c in comps {
                        sig.params.push(AbiParam::new(native_ty(c.ty)));
                        shape.push(class(c.ty));
                    }
                }
            }
            Slot::Mem => {
                sig.params.push(AbiParam::new(types::I64));
                shape.push('i');
            }
        }
    }
    shape.push('>');
    if via_ret {
        shape.push('*');
    } else {
        for w in &words {
            if let ResWord::Comp(t) = w {
                sig.returns.push(AbiParam::new(native_ty(*t)));
                shape.push(class(*t));
            }
        }
    }
    (sig, shape)
}
