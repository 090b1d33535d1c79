//! The callee-saved registers of a frame further up the stack, from the
//! system unwinder: what resuming a frame after a recovered panic needs.
//!
//! Go's ABI has no callee-saved registers, so Go's runtime resumes a frame
//! with only its SP, FP and PC. Compiled code here follows System V, whose
//! callee-saved registers (rbx, r12–r15) the frames between the panic and
//! the resumed one saved where their prologues chose; the call-frame
//! information says where (Rust's own `.eh_frame`; the JIT registers the
//! compiled code's, `jit/src/unwind.rs`; the assembly of `asm_amd64.rs`
//! carries CFI directives). libgcc's `_Unwind_Backtrace` walks it.

use std::ffi::c_void;

#[repr(C)]
struct UnwindContext {
    _private: [u8; 0],
}

type TraceFn = extern "C" fn(*mut UnwindContext, *mut c_void) -> i32;

unsafe extern "C" {
    fn _Unwind_Backtrace(trace: TraceFn, arg: *mut c_void) -> i32;
    fn _Unwind_GetGR(ctx: *mut UnwindContext, index: i32) -> usize;
    fn _Unwind_GetCFA(ctx: *mut UnwindContext) -> usize;
}

const URC_NO_REASON: i32 = 0;
const URC_END_OF_STACK: i32 = 5;

/// DWARF numbers of rbx, r12, r13, r14, r15: the order `gorun_resume`
/// loads them in.
const CALLEE_SAVED: [i32; 5] = [3, 12, 13, 14, 15];

struct Search {
    cfa: usize,
    found: Option<[usize; 5]>,
    frames: usize,
}

extern "C" fn visit(ctx: *mut UnwindContext, arg: *mut c_void) -> i32 {
    // SAFETY: `arg` is the Search of `callee_saved_at`, live for the walk.
    let s = unsafe { &mut *(arg as *mut Search) };
    s.frames += 1;
    let cfa = unsafe { _Unwind_GetCFA(ctx) };
    if cfa == s.cfa {
        s.found = Some(CALLEE_SAVED.map(|r| unsafe { _Unwind_GetGR(ctx, r) }));
        return URC_END_OF_STACK;
    }
    // Addresses do not order frames (segments are separate mappings), so
    // only a bound on the walk stops a search that missed its frame.
    if s.frames > 1_000_000 {
        return URC_END_OF_STACK;
    }
    URC_NO_REASON
}

/// rbx, r12, r13, r14 and r15 as they were in the frame whose frame
/// pointer is `fp` (a frame-pointer frame: its CFA is `fp + 16`) when it
/// made the call that is still on the stack; None if the walk from here
/// cannot reach it.
#[inline(never)]
pub fn callee_saved_at(fp: usize) -> Option<[usize; 5]> {
    let mut s = Search {
        cfa: fp + 16,
        found: None,
        frames: 0,
    };
    unsafe { _Unwind_Backtrace(visit, &mut s as *mut Search as *mut c_void) };
    s.found
}
