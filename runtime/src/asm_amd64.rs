//! Context switches for x86-64 (System V), Go's `asm_amd64.s`.
//!
//! Invariants:
//! - A G that is not running is described by `g.sched.sp` alone: its stack
//!   holds, from `sp` upwards, the callee-saved registers r15, r14, r13, r12,
//!   rbx, rbp and then the return address into the code that switched away
//!   (`mcall`). `gogo` pops them and returns there.
//! - A new G's stack is laid out the same way by `gostartcallfn` (stack.rs),
//!   with the return address `gorun_gostart`, the newg in r12 and the func
//!   value in r13, and rbp = 0, which ends frame-pointer walks.
//! - `mcall` switches to the top of g0's stack (`g0.sched.sp`), so each
//!   switch to g0 starts with an empty g0 stack: code reached through mcall
//!   must never return and must hold nothing that needs dropping when it
//!   calls `gogo`.
//! - `systemstack` and the split-stack switch keep rbp pointing at the frame
//!   on the old stack, so frame-pointer walks cross stacks and segments.
//! - Nothing else in the crate is architecture-specific.

use crate::runtime2::G;

std::arch::global_asm!(
    // gorun_gogo(sp) -> !: resume the context saved at sp.
    ".globl gorun_gogo",
    ".p2align 4",
    "gorun_gogo:",
    "mov rsp, rdi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    // gorun_mcall_switch(save: *mut usize, g0sp, f, gp): save this context
    // into *save, switch to g0sp and call f(gp), which never returns.
    ".globl gorun_mcall_switch",
    ".p2align 4",
    "gorun_mcall_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "mov rdi, rcx",
    "xor ebp, ebp",
    "call rdx",
    "ud2",
    // gorun_systemstack_switch(arg, f, sp): call f(arg) on the stack at sp.
    ".globl gorun_systemstack_switch",
    ".p2align 4",
    "gorun_systemstack_switch:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push rbx",
    "mov rbx, rsp",
    "mov rsp, rdx",
    "call rsi",
    "mov rsp, rbx",
    "pop rbx",
    "pop rbx",
    "pop rbp",
    "ret",
    // gorun_segment_switch(g, f, data, sp): call f(g, data) on the stack at sp.
    ".globl gorun_segment_switch",
    ".p2align 4",
    "gorun_segment_switch:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push rbx",
    "mov rbx, rsp",
    "mov rsp, rcx",
    "mov rax, rsi",
    "mov rsi, rdx",
    "call rax",
    "mov rsp, rbx",
    "pop rbx",
    "pop rbx",
    "pop rbp",
    "ret",
    // gorun_gostart: first code of every goroutine: code(newg, fv), then goexit.
    ".globl gorun_gostart",
    ".p2align 4",
    "gorun_gostart:",
    "mov rdi, r12",
    "mov rsi, r13",
    "call qword ptr [r13]",
    "mov rdi, r12",
    "call {goexit}",
    "ud2",
    goexit = sym crate::proc::goexit_from_entry,
);

#[allow(improper_ctypes)]
unsafe extern "C" {
    pub fn gorun_gogo(sp: usize) -> !;
    pub fn gorun_mcall_switch(save: *mut usize, g0sp: usize, f: extern "C" fn(*mut G), gp: *mut G);
    pub fn gorun_systemstack_switch(arg: *mut u8, f: extern "C" fn(*mut u8), sp: usize);
    pub fn gorun_segment_switch(
        g: *mut G,
        f: extern "C" fn(*mut G, *mut u8),
        data: *mut u8,
        sp: usize,
    );
    pub fn gorun_gostart();
}

/// The current stack pointer.
#[inline(always)]
pub fn getsp() -> usize {
    let sp: usize;
    unsafe {
        std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}

/// The current frame pointer.
#[inline(always)]
pub fn getfp() -> usize {
    let fp: usize;
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags))
    };
    fp
}
